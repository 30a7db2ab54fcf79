import { getStorage } from "@/lib/storage";
import { serveFile } from "@/lib/storage/serve-file";

export async function GET(request: Request, { params }: RouteContext<"/api/files/[...key]">) {
  const { key } = await params;
  return serveFile(request, key.join("/"), getStorage());
}

export const HEAD = GET;
