import { t } from '../../components/t';
import type { Metadata } from '../../utils/evidence/model';
import { linkable } from '../../utils/safe-url';
import { platformName } from './Filters';

/** Only http(s) addresses become links; any other (javascript:, data:, file:) is shown as text. */
const link = (url: string | null) => {
  const href = linkable(url);
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{url}</a> : (url || '—');
};

/** What the post said at each reading, when the page changed it during the capture. */
function Readings({ readings }: { readings: NonNullable<Metadata['pageChanged']>['readings'] }) {
  return (
    <dl class="readings" data-testid="page-changed">
      {readings.map((r) => [<dt>{t(`lockerReading_${r.at}`)}</dt>, <dd><blockquote class="text">{r.text || '—'}</blockquote></dd>])}
    </dl>
  );
}

/** A chat message's channel or group, forward origin and media (Telegram), when the item has them. */
function contextRows(c: Metadata['context']): [string, preact.ComponentChild][] {
  if (!c) return [];
  const media = c.media.map((m) => `${t(`md_media_${m.kind}`)}${m.name ? `: ${m.name}` : ''}`).join(', ');
  return [
    ['md_channel', <span data-testid="md-channel">{c.channel ? `${c.channel.name ?? '—'} (${c.channel.id ?? '—'})` : '—'}</span>],
    ['md_forwardedFrom', <span data-testid="md-forwarded">{c.forwardedFrom ?? '—'}</span>],
    ['md_media', <span data-testid="md-media">{media || '—'}</span>],
  ];
}

/** The frozen metadata.json of an item, readable. */
export function MetadataTable({ metadata: m }: { metadata: Metadata }) {
  const rows: [string, preact.ComponentChild][] = [
    ['md_url', link(m.url)],
    ['md_permalink', link(m.permalink)],
    ['md_platform', platformName[m.platform] ?? m.platform],
    ['md_pageTitle', m.pageTitle],
    ['md_author', m.author.name ?? '—'],
    ['md_handle', m.author.handle ?? '—'],
    ['md_profileUrl', link(m.author.profileUrl)],
    ['md_accountId', m.author.accountId ?? '—'],
    ['md_postId', m.postId ?? '—'],
    ['md_postedAt', `${m.postedAt.shown ?? '—'} / ${m.postedAt.parsed ?? '—'}`],
    ['md_text', <blockquote class="text">{m.text || '—'}</blockquote>],
    ...contextRows(m.context),
    ...(m.pageChanged ? [['lockerPageChanged', <Readings readings={m.pageChanged.readings} />] as [string, preact.ComponentChild]] : []),
    // Items from before pixelsFrom was recorded were all taken with browser pixels.
    ['md_pixelsFrom', <span data-testid="pixels-from">{t(`md_pixelsFrom_${m.pixelsFrom ?? 'browser'}`)}</span>],
    ['md_capturedAt', m.capturedAt],
    ['md_localTime', m.localTime],
    ['md_timeZone', m.timeZone],
    ['md_serverDate', m.serverDate ?? '—'],
    ['md_viewport', `${m.viewport.width} × ${m.viewport.height}, ${m.devicePixelRatio}`],
    ['md_browserVersion', m.browserVersion],
    ['md_userAgent', m.userAgent],
    ['md_extensionVersion', m.extensionVersion],
  ];
  return (
    <section>
      <h3>{t('detailMetadata')}</h3>
      <dl class="metadata">
        {rows.map(([key, value]) => (
          <div key={key}><dt>{t(key as Parameters<typeof t>[0])}</dt><dd>{value}</dd></div>
        ))}
      </dl>
    </section>
  );
}
