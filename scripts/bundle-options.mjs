// esbuild settings shared by the CLI build and the bench's parse floor, so both load alike.
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // commander is CommonJS; the bundle needs a real `require` for its node: imports.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
};
