/** Minimal URI helpers; file URIs become paths, other schemes keep their path for naming conventions. */
import { fileURLToPath } from 'node:url';

export const URI = {
  fsPathOrName(uri: string): string {
    try {
      if (uri.startsWith('file:')) return fileURLToPath(uri);
      return decodeURIComponent(new URL(uri).pathname);
    } catch {
      return uri;
    }
  },
};
