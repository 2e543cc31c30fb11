import type { Diagnostic, DiagnosticCode, Severity } from '../../src/model/index.ts';

/** Collects diagnostics for one file; parsing goes on after every finding. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** Record one finding at a source line. */
  report(code: DiagnosticCode, severity: Severity, line: number, message: string): void {
    this.items.push({ code, severity, message, file: this.file, line });
  }
}

/** Render a diagnostic the way compilers do: `file:line: severity code: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity} ${d.code}: ${d.message}`;
}
