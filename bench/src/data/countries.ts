import { type Region } from '@gpa/shared';

export interface CountrySpec {
  code: string;
  name: string;
  /** The name it sorts under, where it differs ("Korea, Republic of"). */
  sortName?: string;
  region: Region;
}

/**
 * Countries by ISSA region (ISO 3166-1 alpha-2), named as the programme's booklets name them.
 * The Middle East belongs to Asia and the Pacific, as in the 2018 booklet. Within a region the
 * order is by the rough size of the country's social security system: the generator gives
 * earlier countries more institutions and entries.
 */
const AFRICA = `DZ Algeria;MA Morocco;EG Egypt;NG Nigeria;ZA South Africa;KE Kenya;TN Tunisia;SN Senegal;
CI Côte d'Ivoire;CM Cameroon;GH Ghana;TZ United Republic of Tanzania|Tanzania, United Republic of;
ET Ethiopia;UG Uganda;GA Gabon;MU Mauritius;RW Rwanda;ZM Zambia;ZW Zimbabwe;BF Burkina Faso;ML Mali;
BJ Benin;TG Togo;CD Democratic Republic of the Congo|Congo, Democratic Republic of the;CG Congo;
MG Madagascar;MZ Mozambique;NA Namibia;BW Botswana;AO Angola;SD Sudan;LY Libya;MW Malawi;
NE Niger;GN Guinea;TD Chad;BI Burundi;CV Cabo Verde;MR Mauritania;DJ Djibouti;SC Seychelles;LS Lesotho;
SZ Eswatini;GM Gambia;LR Liberia;SL Sierra Leone;CF Central African Republic;GQ Equatorial Guinea;
GW Guinea-Bissau;KM Comoros;ST Sao Tome and Principe;SS South Sudan;ER Eritrea;SO Somalia`;

const AMERICAS = `BR Brazil;MX Mexico;AR Argentina;CA Canada;US United States;CL Chile;CO Colombia;UY Uruguay;
PE Peru;CR Costa Rica;EC Ecuador;PA Panama;DO Dominican Republic;PY Paraguay;
BO Plurinational State of Bolivia|Bolivia, Plurinational State of;GT Guatemala;HN Honduras;
SV El Salvador;NI Nicaragua;CU Cuba;JM Jamaica;TT Trinidad and Tobago;BB Barbados;BS Bahamas;
BZ Belize;GY Guyana;SR Suriname;HT Haiti;LC Saint Lucia;GD Grenada;DM Dominica;
AG Antigua and Barbuda;KN Saint Kitts and Nevis;VC Saint Vincent and the Grenadines;
VE Bolivarian Republic of Venezuela|Venezuela, Bolivarian Republic of`;

const ASIA_PACIFIC = `CN China;KR Republic of Korea|Korea, Republic of;ID Indonesia;IR Islamic Republic of Iran|Iran, Islamic Republic of;
SA Saudi Arabia;MY Malaysia;JP Japan;IN India;TH Thailand;OM Oman;SG Singapore;VN Viet Nam;
PH Philippines;JO Jordan;KW Kuwait;AE United Arab Emirates;AU Australia;BH Bahrain;QA Qatar;
FJ Fiji;KZ Kazakhstan;PK Pakistan;BD Bangladesh;LK Sri Lanka;NZ New Zealand;MN Mongolia;
UZ Uzbekistan;LB Lebanon;IQ Iraq;KH Cambodia;NP Nepal;LA Lao People's Democratic Republic;
MM Myanmar;KG Kyrgyzstan;TJ Tajikistan;BN Brunei Darussalam;PG Papua New Guinea;SY Syrian Arab Republic;
YE Yemen;AF Afghanistan;BT Bhutan;MV Maldives;TL Timor-Leste;WS Samoa;TO Tonga;VU Vanuatu;
SB Solomon Islands;PW Palau;TM Turkmenistan`;

const EUROPE = `DE Germany;FR France;IT Italy;ES Spain;PL Poland;GB United Kingdom;BE Belgium;NL Netherlands;
AT Austria;CH Switzerland;SE Sweden;TR Türkiye;RU Russian Federation;PT Portugal;CZ Czechia;FI Finland;
NO Norway;DK Denmark;RO Romania;HU Hungary;GR Greece;IE Ireland;SK Slovakia;LU Luxembourg;SI Slovenia;
HR Croatia;BG Bulgaria;LT Lithuania;LV Latvia;EE Estonia;RS Serbia;UA Ukraine;IL Israel;AZ Azerbaijan;
BY Belarus;GE Georgia;AM Armenia;MD Republic of Moldova|Moldova, Republic of;
BA Bosnia and Herzegovina;MK North Macedonia;AL Albania;ME Montenegro;CY Cyprus;MT Malta;
IS Iceland;LI Liechtenstein;MC Monaco;SM San Marino;AD Andorra`;

function parse(list: string, region: Region): CountrySpec[] {
  return list
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [head, sortName] = item.split('|');
      const code = head!.slice(0, 2);
      return { code, name: head!.slice(3), ...(sortName ? { sortName } : {}), region };
    });
}

export const COUNTRIES: readonly CountrySpec[] = [
  ...parse(AFRICA, 'AFRICA'),
  ...parse(AMERICAS, 'AMERICAS'),
  ...parse(ASIA_PACIFIC, 'ASIA_PACIFIC'),
  ...parse(EUROPE, 'EUROPE'),
];
