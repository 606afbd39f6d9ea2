import { singleRowColumns, type FormTool } from './form-tool.js';

/** A CSV with one header row and nothing tool-specific: ours, a spreadsheet's, or a tool not known here. */
export const plainCsv: FormTool = {
  name: 'csv',
  title: 'CSV',
  detect: () => true,
  headerRows: () => 1,
  columns: singleRowColumns,
  metadata: {},
};
