import { Alert, Badge, Button, Card, Center, FileButton, Group, Image, Loader, Paper, Progress, Select, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCamera, IconFileTypePdf, IconId, IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError, problemOf } from '../../shared/api/problem';
import { ProblemDetails } from '../../shared/components/ProblemDetails';
import { QueryProblem } from '../../shared/components/QueryProblem';
import { OWN_RECORD_QUERY_KEY, useOwnRecord } from '../profile/api';
import {
  ACCEPTED_FILES,
  contentUrl,
  deleteDocument,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentSide,
  type IdentityDocument,
  MAX_BYTES,
  OWN_DOCUMENTS_QUERY_KEY,
  type ReviewState,
  TWO_SIDED,
  uploadDocument,
  useOwnDocuments,
  type Verification,
} from './api';

const VERIFICATION_COLORS: Record<string, string> = { NOT_SUBMITTED: 'gray', PENDING: 'blue', VERIFIED: 'teal', REJECTED: 'red' };
const REVIEW_COLORS: Record<ReviewState, string> = { PENDING: 'blue', ACCEPTED: 'teal', REJECTED: 'red' };

/** Where the member's verification stands, with the verifier's reason after a rejection. */
function VerificationState({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const state = verification.state in VERIFICATION_COLORS ? verification.state : 'NOT_SUBMITTED';
  return (
    <Alert color={VERIFICATION_COLORS[state]} title={t(`documents.verification.${state}.title`)} data-testid="verification-state" data-state={state}>
      <Stack gap={4}>
        <Text size="sm">{t(`documents.verification.${state}.text`)}</Text>
        {state === 'REJECTED' && verification.reason && (
          <Text size="sm" data-testid="rejection-reason">
            {t('documents.verification.reason')}: {verification.reason}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** What went wrong with an upload, in the member's language where the rule is known. */
function uploadProblemKey(error: unknown): 'tooLarge' | 'type' | 'empty' | null {
  if (!isApiError(error)) return null;
  const code = (error.problem as { code?: string }).code;
  if (error.status === 413 || code === 'document.tooLarge') return 'tooLarge';
  if (error.status === 415 || code === 'document.type') return 'type';
  if (code === 'document.empty') return 'empty';
  return null;
}

/** A chosen file shown before upload: the photo itself, or a PDF icon with its name. */
function Preview({ file }: { file: File }) {
  const url = useMemo(() => (file.type.startsWith('image/') ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (url) return <Image src={url} alt={file.name} h={120} fit="contain" radius="sm" data-testid="preview" />;
  return (
    <Group gap="xs" data-testid="preview">
      <IconFileTypePdf size={28} aria-hidden />
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {file.name}
      </Text>
    </Group>
  );
}

/** One side: take a photo with the camera, or choose an existing photo or PDF. */
function SideSlot({ side, file, onFile, disabled }: { side: DocumentSide; file: File | null; onFile: (file: File | null) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const cameraId = useId();
  const camera = useRef<HTMLInputElement>(null);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`slot-${side}`}>
      <Stack gap="xs">
        <Text fw={600}>{t(`documents.side.${side}`)}</Text>
        {file ? <Preview file={file} /> : <Text size="sm" c="dimmed">{t('documents.upload.noFile')}</Text>}
        {/* Outside the group: a hidden child would still take a share of its width. */}
        <input
          id={cameraId}
          ref={camera}
          type="file"
          accept={ACCEPTED_FILES}
          capture="environment"
          hidden
          data-testid={`camera-${side}`}
          onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
        />
        <Group gap="xs" grow>
          <Button variant="light" leftSection={<IconCamera size={18} />} disabled={disabled} onClick={() => camera.current?.click()}>
            {t('documents.upload.takePhoto')}
          </Button>
          <FileButton onChange={onFile} accept={ACCEPTED_FILES} disabled={disabled} inputProps={{ 'data-testid': `choose-${side}` } as object}>
            {(props) => (
              <Button variant="default" leftSection={<IconPhoto size={18} />} {...props}>
                {t('documents.upload.chooseFile')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Paper>
  );
}

function UploadForm({ onUploaded }: { onUploaded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('DRIVING_LICENCE');
  const [files, setFiles] = useState<Partial<Record<DocumentSide, File>>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const sides: DocumentSide[] = TWO_SIDED.includes(kind) ? ['FRONT', 'BACK'] : ['FRONT'];
  const uploading = progress !== null;
  const chosen = sides.filter((side) => files[side]);

  const choose = (side: DocumentSide) => (file: File | null) => {
    setError(null);
    setTooLarge(!!file && file.size > MAX_BYTES);
    setFiles((current) => ({ ...current, [side]: file ?? undefined }));
  };

  const upload = async () => {
    setError(null);
    setProgress(0);
    try {
      for (const [index, side] of chosen.entries()) {
        const file = files[side]!;
        await uploadDocument({ kind, side, file, fileName: file.name }, (fraction) => setProgress((index + fraction) / chosen.length));
        setFiles((current) => ({ ...current, [side]: undefined }));
        onUploaded();
      }
    } catch (cause) {
      setError(cause);
    } finally {
      setProgress(null);
    }
  };

  const knownKey = uploadProblemKey(error);
  const known = knownKey ? t(`documents.error.${knownKey}`) : null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="documents-upload-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="documents-upload-title">
          {t('documents.upload.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('documents.upload.hint')}
        </Text>
        <Select
          label={t('documents.upload.kind')}
          data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documents.kind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as DocumentKind)}
          allowDeselect={false}
          disabled={uploading}
          data-testid="document-kind"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {sides.map((side) => (
            <SideSlot key={side} side={side} file={files[side] ?? null} onFile={choose(side)} disabled={uploading} />
          ))}
        </SimpleGrid>
        {tooLarge && (
          <Alert color="red" data-testid="upload-error">
            {t('documents.error.tooLarge')}
          </Alert>
        )}
        {error !== null &&
          (known ? (
            <Alert color="red" data-testid="upload-error">
              {known}
            </Alert>
          ) : (
            <ProblemDetails problem={problemOf(error)} />
          ))}
        {uploading && (
          <Stack gap={4}>
            <Text size="sm">{t('documents.upload.uploading')}</Text>
            <Progress value={Math.round((progress ?? 0) * 100)} animated aria-label={t('documents.upload.uploading')} data-testid="upload-progress" />
          </Stack>
        )}
        <Button leftSection={<IconUpload size={18} />} onClick={() => void upload()} loading={uploading} disabled={chosen.length === 0 || tooLarge}>
          {t('documents.upload.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

function DocumentCard({ document, onDeleted }: { document: IdentityDocument; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [broken, setBroken] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isImage = document.contentType.startsWith('image/');
  const remove = async () => {
    if (!window.confirm(t('documents.list.confirmDelete'))) return;
    setDeleting(true);
    try {
      await deleteDocument(document.id);
      onDeleted();
    } catch (cause) {
      setError(cause);
      setDeleting(false);
    }
  };
  return (
    <Paper withBorder radius="md" p="sm" data-testid="document" data-review={document.review}>
      <Group wrap="nowrap" align="flex-start">
        {isImage && !broken ? (
          <Image src={contentUrl(document.id)} alt={t(`documents.kind.${document.kind}`)} w={96} h={72} fit="cover" radius="sm" onError={() => setBroken(true)} />
        ) : (
          <ThemeIcon variant="light" size={72} radius="sm" aria-hidden>
            {isImage ? <IconId size={36} /> : <IconFileTypePdf size={36} />}
          </ThemeIcon>
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600}>{t(`documents.kind.${document.kind}`)}</Text>
          <Text size="sm" c="dimmed">
            {t(`documents.side.${document.side}`)} · {new Date(document.uploadedAt).toLocaleDateString()}
          </Text>
          <Group gap="xs">
            <Badge color={REVIEW_COLORS[document.review]} variant="light" tt="none">
              {t(`documents.review.${document.review}`)}
            </Badge>
            <Text component="a" href={contentUrl(document.id)} target="_blank" rel="noopener" size="sm">
              {t('documents.list.open')}
            </Text>
          </Group>
        </Stack>
        {document.deletable && (
          <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconTrash size={16} />} loading={deleting} onClick={() => void remove()}>
            {t('documents.list.delete')}
          </Button>
        )}
      </Group>
      {error !== null && <QueryProblem error={error} />}
    </Paper>
  );
}

/** `/documents`: 本人確認書類, photos from the phone's camera and where their review stands. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const record = useOwnRecord();
  const documents = useOwnDocuments();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: OWN_DOCUMENTS_QUERY_KEY });
    void queryClient.invalidateQueries({ queryKey: OWN_RECORD_QUERY_KEY });
  };
  const verification = (record.data?.member as { verification?: Verification } | undefined)?.verification;

  let body;
  if (record.isError) {
    body = <QueryProblem error={record.error} onRetry={() => void record.refetch()} />;
  } else if (documents.isError) {
    body = <QueryProblem error={documents.error} onRetry={() => void documents.refetch()} />;
  } else if (record.isPending || documents.isPending) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else {
    const verified = verification?.state === 'VERIFIED';
    body = (
      <Stack gap="md">
        <VerificationState verification={verification ?? { state: 'NOT_SUBMITTED', reason: null, decidedAt: null, decidedBy: null }} />
        {!verified && <UploadForm onUploaded={refresh} />}
        <Stack gap="xs" component="section" aria-labelledby="documents-list-title">
          <Title order={2} size="h4" id="documents-list-title">
            {t('documents.list.title')}
          </Title>
          {documents.data.length === 0 ? (
            <Text c="dimmed">{t('documents.list.empty')}</Text>
          ) : (
            documents.data.map((document) => <DocumentCard key={document.id} document={document} onDeleted={refresh} />)
          )}
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={760} data-testid="documents-page">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('documents.title')}
        </Title>
        <Text c="dimmed">{t('documents.intro')}</Text>
        <Text size="sm">
          <Link to="/profile">{t('documents.toProfile')}</Link>
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
