import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/t';
import type { RedactRect } from '../../utils/evidence/identity';
import type { LockerFilter } from '../../utils/evidence/locker';
import { extensionDb } from '../../utils/db';

export type Keep = Record<string, number[]>;
interface Occurrence { itemId: string; index: number; rect: RedactRect; shot: Blob }

/** The officer's own name or handle inside posts being exported onder nummer: each one blacked out unless kept as evidence. */
export function InPostChoices({ selected, filter, keep, onChange }: { selected: string[]; filter: LockerFilter; keep: Keep; onChange: (k: Keep) => void }) {
  const [found, setFound] = useState<Occurrence[]>([]);
  useEffect(() => void import('./export-run').then(({ exportScope }) => exportScope(selected, filter)).then(occurrences).then(setFound), [selected.join(), JSON.stringify(filter)]);
  if (!found.length) return null;
  const toggle = (o: Occurrence, on: boolean) => {
    const list = new Set(keep[o.itemId] ?? []);
    if (on) list.add(o.index); else list.delete(o.index);
    onChange({ ...keep, [o.itemId]: [...list] });
  };
  return (
    <fieldset class="in-post" data-testid="in-post-choices">
      <legend>{t('exportInPostTitle')}</legend>
      <p class="hint">{t('exportInPostHint')}</p>
      {found.map((o) => (
        <label key={`${o.itemId}-${o.index}`} class="occurrence">
          <Crop shot={o.shot} rect={o.rect} />
          <input type="checkbox" checked={(keep[o.itemId] ?? []).includes(o.index)} onChange={(e) => toggle(o, e.currentTarget.checked)} />
          {t('exportInPostKeep')}
        </label>
      ))}
    </fieldset>
  );
}

async function occurrences(ids: string[]): Promise<Occurrence[]> {
  const out: Occurrence[] = [];
  for (const item of await extensionDb().items.bulkGet(ids)) {
    const inPost = (item?.redact ?? []).map((rect, index) => ({ rect, index })).filter((r) => r.rect.inPost);
    if (!item || !inPost.length) continue;
    const shot = (await extensionDb().files.get([item.id, 'screenshot.png']))?.blob;
    if (shot) out.push(...inPost.map((r) => ({ itemId: item.id, shot, ...r })));
  }
  return out;
}

/** The occurrence with some context around it, drawn from the stored screenshot (extension page only). */
function Crop({ shot, rect }: { shot: Blob; rect: RedactRect }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    void createImageBitmap(shot).then((bmp) => {
      const c = canvas.current;
      if (!c) return;
      const pad = 60;
      const [x, y] = [Math.max(0, rect.x - pad), Math.max(0, rect.y - pad / 2)];
      const [w, h] = [Math.min(bmp.width - x, rect.width + 2 * pad), Math.min(bmp.height - y, rect.height + pad)];
      [c.width, c.height] = [w, h];
      const g = c.getContext('2d')!;
      g.drawImage(bmp, x, y, w, h, 0, 0, w, h);
      g.strokeStyle = '#d4351c';
      g.lineWidth = 3;
      g.strokeRect(rect.x - x, rect.y - y, rect.width, rect.height);
    });
  }, [shot, rect]);
  return <canvas ref={canvas} class="crop" />;
}
