/** Browser counterpart of lsp/uri.ts: every URI keeps its decoded path, used for naming conventions. */
import { splitUri } from './uri-path.ts';

export const URI = {
  fsPathOrName(uri: string): string {
    return splitUri(uri)?.path ?? uri;
  },
};
