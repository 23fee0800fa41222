// QR codes as SVG markup (crisp at any print size), from the npm package the build copies into /lib.
import qrcode from '/lib/qrcode/qrcode.mjs';

/** An SVG QR code of the address (margin in cells: a quiet zone for codes shown on screens), its alt text the address itself. */
export function qrSvg(url, margin = 0) {
  const code = qrcode(0, 'M');
  code.addData(url);
  code.make();
  return code.createSvgTag({ cellSize: 4, margin, scalable: true, alt: url });
}
