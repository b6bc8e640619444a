/** What a page downloaded: each response's path and its bytes as sent (body, and headers apart). */
import type { Request } from 'playwright-core';

export interface Download {
  path: string;
  bytes: number;
  headerBytes: number;
}

/** The finished requests' downloads, as the server sent them (compressed where it compressed). */
export function downloadsOf(requests: Request[]): Promise<Download[]> {
  return Promise.all(
    requests.map(async (request) => {
      const sizes = await request.sizes();
      return {
        path: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize,
        headerBytes: sizes.responseHeadersSize,
      };
    }),
  );
}

/** Bodies and headers together: what the downloads cost on the wire. */
export const totalBytes = (downloads: Download[]) => downloads.reduce((sum, d) => sum + d.bytes + d.headerBytes, 0);
