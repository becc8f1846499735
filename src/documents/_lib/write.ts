import type { DocumentFormat } from "../options.js";
import { writeHtml } from "./html.js";
import type { DocumentLayout } from "./layout.js";
import { writeMarkdown, writeText } from "./textFormats.js";

/** Writes a layout in a format. @internal */
export function writeLayout(layout: DocumentLayout, format: DocumentFormat): string {
  return format === "html" ? writeHtml(layout) : format === "markdown" ? writeMarkdown(layout) : writeText(layout);
}
