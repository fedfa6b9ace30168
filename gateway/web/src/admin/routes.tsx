import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../shared/components/NotFoundPage';
import { PlaceholderPage } from '../shared/components/PlaceholderPage';
import { RouteErrorPage, StandaloneErrorPage } from '../shared/components/RouteErrorPage';
import { WhoAmIPage } from '../shared/components/WhoAmIPage';
import { AdminLayout } from './AdminLayout';
import { ChangeRequestsPage } from './changerequest/ChangeRequestsPage';
import { ApplicationPage } from './applications/ApplicationPage';
import { FrontPage } from './pages/FrontPage';
import { VerificationQueuePage } from './verification/VerificationQueuePage';
import { VerificationReviewPage } from './verification/VerificationReviewPage';
import { MemberDetailPage } from './members/MemberDetailPage';
import { MemberImportPage } from './members/MemberImportPage';
import { MemberListPage } from './members/MemberListPage';
import { ItemListPage } from './items/ItemListPage';
import { ItemEditorPage } from './items/ItemEditorPage';
import { ItemFieldsPage } from './itemfields/ItemFieldsPage';
import { ExportProfilesPage } from './exportprofiles/ExportProfilesPage';
import { LedgerPage } from './ledger/LedgerPage';
import { RequestDetailPage } from './requests/RequestDetailPage';
import { RequestsPage } from './requests/RequestsPage';
import { StatusConfigPage } from './statusconfig/StatusConfigPage';
import { AuditPage } from './audit/AuditPage';
import { BusinessHoursPage } from './inquiry-settings/BusinessHoursPage';
import { DeliveryLogPage } from './mail/DeliveryLogPage';
import { MailTemplatesPage } from './mail/MailTemplatesPage';
import { InquiryTemplatesPage } from './inquiry-templates/InquiryTemplatesPage';
import { TimelinePage } from './timeline/TimelinePage';
import { InquiryReportsPage } from './inquiry-reports/InquiryReportsPage';
import { NewslettersPage } from './newsletters/NewslettersPage';
import { InquiriesPage } from './inquiries/InquiriesPage';
import { InquiryDetailPage } from './inquiries/InquiryDetailPage';

type Section = 'member' | 'request' | 'item' | 'inquiry' | 'notification' | 'audit';

function SectionPage({ name }: { name: Section }) {
  const { t } = useTranslation();
  return <PlaceholderPage title={t(`admin.nav.${name}`)} description={t(`admin.${name}.description`)} />;
}

/** Routes of the admin console, mounted at basename `/admin`. */
export const adminRoutes: RouteObject[] = [
  {
    element: <AdminLayout />,
    errorElement: <StandaloneErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <FrontPage /> },
          { path: 'me', element: <WhoAmIPage /> },
          { path: 'applications/new', element: <ApplicationPage /> },
          { path: 'change-requests', element: <ChangeRequestsPage /> },
          { path: 'verifications', element: <VerificationQueuePage /> },
          { path: 'verifications/:memberId', element: <VerificationReviewPage /> },
          { path: 'members', element: <MemberListPage /> },
          { path: 'members/import', element: <MemberImportPage /> },
          { path: 'members/:id', element: <MemberDetailPage /> },
          { path: 'requests', element: <RequestsPage /> },
          { path: 'requests/:id', element: <RequestDetailPage /> },
          { path: 'settings/statuses', element: <StatusConfigPage /> },
          { path: 'items', element: <ItemListPage /> },
          { path: 'items/:id', element: <ItemEditorPage /> },
          { path: 'ledger', element: <LedgerPage /> },
          { path: 'settings/item-fields', element: <ItemFieldsPage /> },
          { path: 'settings/exports', element: <ExportProfilesPage /> },
          { path: 'settings/business-hours', element: <BusinessHoursPage /> },
          { path: 'settings/inquiry-templates', element: <InquiryTemplatesPage /> },
          { path: 'timeline', element: <TimelinePage /> },
          { path: 'inquiry-reports', element: <InquiryReportsPage /> },
          { path: 'inquiries', element: <InquiriesPage /> },
          { path: 'inquiries/:id', element: <InquiryDetailPage /> },
          { path: 'notifications', element: <SectionPage name="notification" /> },
          { path: 'settings/mail-templates', element: <MailTemplatesPage /> },
          { path: 'mail/deliveries', element: <DeliveryLogPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'newsletters', element: <NewslettersPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
