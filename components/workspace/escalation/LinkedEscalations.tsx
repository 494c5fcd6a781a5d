import { t } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { deskLabel } from '@/lib/ui/labels';
import { linkHeaderText } from '@/lib/ui/lifecycle';
import { BandPill } from '../../BandPill';
import { DeskIcon } from '../../DeskIcon';

type Links = ResponseOf<'getLinks'>;
type Row = Links['linked'][number];

const ticketName = (e: Row) => t('linkTicket', { desk: deskLabel(e.desk), ticket: e.ticketNumber ?? e.ticketId });

/**
 * One customer across desks: the escalations linked with this one under their shared header (the
 * highest severity and temperature among them), and those that look like the same customer.
 */
export function LinkedEscalations({ links, onLink, onUnlink, onOpen }: { links: Links; onLink: (id: string) => void; onUnlink: (id: string) => void; onOpen: (row: Row) => void }) {
  if (links.linked.length === 0 && links.suggestions.length === 0) return null;
  return (
    <section className="ws-section links" aria-label={t('linkTitle')}>
      {links.header ? (
        <h2 className="link-header" data-linked={links.header.size}>
          {linkHeaderText(links.header)}
        </h2>
      ) : (
        <h2>{t('linkTitle')}</h2>
      )}
      {links.linked.length > 0 ? (
        <ul className="link-list">
          {links.linked.map((e) => (
            <li key={e.id} data-case={e.caseKey}>
              <DeskIcon desk={e.desk} />
              <button type="button" className="link-open" onClick={() => onOpen(e)}>
                {ticketName(e)}
              </button>
              <span className="link-title">{e.title}</span>
              <BandPill band={e.temperature?.band ?? null} score={e.temperature?.score ?? null} />
              <button type="button" className="small" aria-label={t('linkUnlinkName', { ticket: ticketName(e) })} onClick={() => onUnlink(e.id)}>
                {t('linkUnlink')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {links.suggestions.length > 0 ? (
        <>
          <h3>{t('linkSuggestTitle')}</h3>
          <ul className="link-list link-suggestions">
            {links.suggestions.map(({ escalation: e, because }) => (
              <li key={e.id} data-case={e.caseKey}>
                <DeskIcon desk={e.desk} />
                <span className="link-name">{ticketName(e)}</span>
                <span className="link-title">
                  {e.customer ?? e.title} · <span className="muted">{because === 'organisation' ? t('linkBecauseOrganisation') : t('linkBecauseDomain')}</span>
                </span>
                <button type="button" className="small" aria-label={t('linkLinkName', { ticket: ticketName(e) })} onClick={() => onLink(e.id)}>
                  {t('linkLink')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
