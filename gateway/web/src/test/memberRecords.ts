import type { MemberRecord } from '../member/profile/api';

const profile = {
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'ハナコ',
  birthDate: '1990-04-01',
  phone: '09012345678',
  address: { postalCode: '100-0001', prefecture: '東京都', city: '千代田区', line1: '千代田1-1', line2: null },
  occupation: '会社員',
};

/** A verified, active member's record as `GET /api/members/me` answers it. */
export function verifiedRecord(overrides: Partial<MemberRecord> = {}): MemberRecord {
  return {
    id: 'member-1',
    email: 'member@example.com',
    status: 'ACTIVE',
    profile,
    payoutAccount: { bankName: 'みずほ銀行', branchName: '渋谷支店', accountType: 'ORDINARY', maskedAccountNumber: '****321', holderKana: 'ヤマダ ハナコ' },
    profileComplete: true,
    missingFields: [],
    version: 7,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-02T00:00:00Z',
    statusReason: null,
    verification: { state: 'VERIFIED', reason: null },
    pendingChangeRequests: [],
    allowedActions: ['EDIT_PROFILE', 'EDIT_PAYOUT_ACCOUNT', 'UPLOAD_DOCUMENTS', 'REQUEST_KIT', 'WITHDRAW'],
    ...overrides,
  };
}

