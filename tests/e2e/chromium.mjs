// Debian's Chromium and the flags that work on these machines (software WebGL
// through SwiftShader, no background connections to a closed network).
export const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const chromiumPath = () => process.env.CHROMIUM || '/usr/bin/chromium';
