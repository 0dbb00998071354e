const SITE = 'Good Practice Awards';

/** Sets document.title; React 19 hoists <title> into the document head. */
export function PageTitle({ title }: { title?: string }) {
  return (
    <title>{title ? `${title} · ${SITE}` : `${SITE}: good practices in social security`}</title>
  );
}
