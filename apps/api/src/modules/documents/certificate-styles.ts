/**
 * The certificates' rules in the shared stylesheet: one A4 landscape page each, drawn edge to
 * edge (the renderer prints them without margins or footer). Sizes are in mm so that the screen
 * and the print agree. Text that a reader may copy (the country, the competition) is neither
 * upper-cased nor widely spaced, so that it comes out of the PDF as written.
 */
export const CERTIFICATE_RULES = `
@page certificate { size: A4 landscape; margin: 0; }
body.certificate {
  --gold: #a17a2b;
  --gold-soft: #d8c28c;
  --navy: #17345f;
  --slate: #4b5a70;
  --paper: #fdfbf5;
}
@media screen {
  body.certificate { max-width: none; margin: 0; padding: 8mm; background: #e6e2d8; }
  body.certificate .cert { margin: 0 auto; box-shadow: 0 1mm 6mm rgba(0, 0, 0, 0.18); }
}
@media print { body.certificate { margin: 0; padding: 0; } }
.cert {
  page: certificate;
  position: relative;
  width: 297mm;
  height: 210mm;
  box-sizing: border-box;
  padding: 8mm;
  overflow: hidden;
  background: var(--paper);
  color: var(--navy);
  font-family: 'EB Garamond', 'Noto Serif', Georgia, serif;
  text-align: center;
  line-height: 1.25;
}
.cert :where(p, h1) { margin: 0; orphans: 1; widows: 1; }
.cert-frame {
  position: relative;
  height: 100%;
  box-sizing: border-box;
  border: 1.6mm solid var(--navy);
  outline: 0.35mm solid var(--gold);
  outline-offset: -3.2mm;
  padding: 14mm 26mm 11mm;
  display: flex;
  flex-direction: column;
  background: radial-gradient(ellipse at center, #fffefb 0%, var(--paper) 75%);
}
.cert-corner {
  position: absolute;
  width: 4.5mm;
  height: 4.5mm;
  box-sizing: border-box;
  border: 0.35mm solid var(--gold);
  background: var(--paper);
  transform: rotate(45deg);
}
.cert-corner.tl { top: 0.8mm; left: 0.8mm; }
.cert-corner.tr { top: 0.8mm; right: 0.8mm; }
.cert-corner.bl { bottom: 0.8mm; left: 0.8mm; }
.cert-corner.br { bottom: 0.8mm; right: 0.8mm; }

.cert-programme {
  font-family: 'Noto Sans', Arial, sans-serif;
  font-size: 11pt;
  font-weight: 700;
  letter-spacing: 0.3em;
  text-transform: uppercase;
  color: var(--navy);
}
.cert-edition {
  margin-top: 1mm;
  font-size: 14pt;
  font-style: italic;
  color: var(--gold);
}
.cert-edition::before, .cert-edition::after {
  content: '';
  display: inline-block;
  width: 16mm;
  border-top: 0.3mm solid var(--gold-soft);
  vertical-align: middle;
  margin: 0 4mm;
}

.cert-main { flex: 1; display: flex; flex-direction: column; justify-content: center; }
.cert-outcome {
  font-family: 'EB Garamond', 'Noto Serif', Georgia, serif;
  font-weight: 600;
  font-size: 38pt;
  line-height: 1.05;
  color: var(--navy);
  text-wrap: balance;
}
.cert-award .cert-outcome { font-size: 58pt; letter-spacing: 0.04em; color: var(--gold); }
.cert-qualifier {
  display: block;
  margin-top: 1.5mm;
  font-size: 18pt;
  font-weight: 400;
  font-style: italic;
  color: var(--gold);
}
.cert-lead, .cert-for { font-style: italic; font-size: 13.5pt; color: var(--slate); }
.cert-lead { margin-top: 4mm; }
.cert-institution {
  margin-top: 2.5mm;
  font-size: 27pt;
  font-weight: 600;
  line-height: 1.15;
  text-wrap: balance;
}
.cert-country {
  margin-top: 1mm;
  font-family: 'Noto Sans', Arial, sans-serif;
  font-size: 11pt;
  letter-spacing: 0.05em;
  color: var(--gold);
}
.cert-for { margin-top: 5mm; }
.cert-title {
  margin: 1.5mm auto 0;
  max-width: 215mm;
  font-style: italic;
  line-height: 1.2;
  text-wrap: balance;
}
.cert-title.title-s { font-size: 21pt; }
.cert-title.title-m { font-size: 18pt; }
.cert-title.title-l { font-size: 15.5pt; }
.cert-title.title-xl { font-size: 13.5pt; }
.cert-forum { margin-top: 5mm; font-size: 12pt; color: var(--slate); }
.cert-forum p { margin: 0 auto; max-width: 210mm; text-wrap: balance; }
.cert-competition, .cert-forum-name { color: var(--navy); font-weight: 600; }
.cert-forum .cert-forum-where { margin-top: 0.8mm; }

.cert-foot { display: flex; align-items: flex-end; justify-content: space-between; padding: 0 8mm; }
.cert-signature {
  width: 64mm;
  font-family: 'Noto Sans', Arial, sans-serif;
  font-size: 8.5pt;
  letter-spacing: 0.04em;
  color: var(--slate);
}
.cert-line { display: block; border-top: 0.3mm solid var(--navy); margin-bottom: 2mm; }
.cert-seal {
  width: 30mm;
  height: 30mm;
  box-sizing: border-box;
  padding: 1.2mm;
  border-radius: 50%;
  background: var(--navy);
}
.cert-award .cert-seal, .cert-special-mention .cert-seal { background: var(--gold); }
.cert-attestation .cert-seal { background: var(--slate); }
.cert-seal-ring {
  height: 100%;
  box-sizing: border-box;
  border: 0.45mm dashed rgba(255, 255, 255, 0.75);
  border-radius: 50%;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 1mm;
  color: #fff;
  font-family: 'Noto Sans', Arial, sans-serif;
}
.cert-seal-word {
  max-width: 22mm;
  font-size: 6.5pt;
  font-weight: 700;
  line-height: 1.2;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}
.cert-seal-year { font-family: 'EB Garamond', 'Noto Serif', Georgia, serif; font-size: 13pt; font-weight: 600; }
.cert-seal-rule { width: 9mm; border-top: 0.3mm solid rgba(255, 255, 255, 0.8); }
`;
