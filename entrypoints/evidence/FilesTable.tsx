import { t } from '../../components/t';
import type { StoredFile } from '../../utils/db';
import { useBlobUrl } from './locker-db';

function FileRow({ file }: { file: StoredFile }) {
  const url = useBlobUrl(file.blob);
  return (
    <tr>
      <th scope="row">{file.name}</th>
      <td>{file.size}</td>
      <td><code>{file.sha256}</code></td>
      <td>{url && <a href={url} download={file.name}>{t('detailDownload')}</a>}</td>
    </tr>
  );
}

/** Every stored file with the SHA-256 computed at capture. */
export function FilesTable({ files }: { files: StoredFile[] }) {
  return (
    <section>
      <h3>{t('detailFiles')}</h3>
      <table class="files">
        <thead><tr><th scope="col">{t('detailFileName')}</th><th scope="col">{t('detailFileSize')}</th><th scope="col">SHA-256</th><th /></tr></thead>
        <tbody>{files.map((f) => <FileRow key={f.name} file={f} />)}</tbody>
      </table>
    </section>
  );
}
