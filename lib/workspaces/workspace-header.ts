/** The request header that names the workspace a page shows; set by the browser, read by the guards. */
export const WORKSPACE_HEADER = "x-workspace-id";
