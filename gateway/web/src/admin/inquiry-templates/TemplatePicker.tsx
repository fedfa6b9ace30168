/**
 * Placeholder of the reply-template picker (helper inq-extras owns this file; the lead merges theirs
 * over this one). Same props; it offers nothing to pick.
 */
export interface TemplatePickerProps {
  inquiryId: string;
  subject: string;
  body: string;
  onPick: (text: string) => void;
}

export function TemplatePicker(_props: TemplatePickerProps) {
  return null;
}
