/**
 * The astronomy behind the lunar table: instants of new moon and of the sun's principal terms (trung khí),
 * in Universal Time. Used only by the generator (scripts/generate-lunar-table.ts) and its test; nothing
 * here is bundled with the library.
 *
 * Sources:
 * - Jean Meeus, *Astronomical Algorithms*, 2nd ed. (Willmann-Bell, 1998): chapter 49 (true new moon, with
 *   the periodic and the 14 planetary terms), chapter 25 "higher accuracy" (apparent longitude of the sun
 *   from VSOP87: conversion to FK5, nutation, aberration) and chapter 22 (nutation in longitude, main terms).
 * - P. Bretagnon and G. Francou, "Planetary theories in rectangular and spherical variables: VSOP87
 *   solutions", Astronomy & Astrophysics 202 (1988) 309–315: the Earth's heliocentric longitude and radius
 *   (series L0–L5, R0–R4 as truncated in Meeus, Appendix III).
 * - F. Espenak and J. Meeus, "Five Millennium Canon of Solar Eclipses" (NASA/TP-2006-214141): the
 *   polynomial expressions of ΔT = TT − UT.
 */

const RAD = Math.PI / 180;
const J2000 = 2451545;

/** ΔT = TT − UT in seconds at a decimal year, by the Espenak–Meeus (NASA 2006) polynomials (1860–2200+). */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u ** 2 - 0.5628 * (2150 - year);
  return -20 + 32 * u ** 2;
}

/** A Julian Ephemeris Day (TT) converted to a Julian Day in UT. */
export function toUniversalTime(jde: number): number {
  const year = 2000 + (jde - J2000) / 365.25;
  return jde - deltaTSeconds(year) / 86400;
}

/**
 * The instant (JDE, TT) of the true new moon of lunation `k` (k = 0 is the new moon of 2000-01-06),
 * Meeus chapter 49.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4) * RAD;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * RAD;
  const s = Math.sin;
  const periodic =
    -0.4072 * s(mp) +
    0.17241 * e * s(m) +
    0.01608 * s(2 * mp) +
    0.01039 * s(2 * f) +
    0.00739 * e * s(mp - m) -
    0.00514 * e * s(mp + m) +
    0.00208 * e * e * s(2 * m) -
    0.00111 * s(mp - 2 * f) -
    0.00057 * s(mp + 2 * f) +
    0.00056 * e * s(2 * mp + m) -
    0.00042 * s(3 * mp) +
    0.00042 * e * s(m + 2 * f) +
    0.00038 * e * s(m - 2 * f) -
    0.00024 * e * s(2 * mp - m) -
    0.00017 * s(omega) -
    0.00007 * s(mp + 2 * m) +
    0.00004 * s(2 * mp - 2 * f) +
    0.00004 * s(3 * m) +
    0.00003 * s(mp + m - 2 * f) +
    0.00003 * s(2 * mp + 2 * f) -
    0.00003 * s(mp + m + 2 * f) +
    0.00003 * s(mp - m + 2 * f) -
    0.00002 * s(mp - m - 2 * f) -
    0.00002 * s(3 * mp + m) +
    0.00002 * s(4 * mp);
  const planetary: readonly (readonly [number, number, number])[] = [
    [0.000325, 299.77, 0.107408],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  let additional = 0;
  planetary.forEach(([amplitude, a0, rate], i) => {
    const angle = a0 + rate * k - (i === 0 ? 0.009173 * t ** 2 : 0);
    additional += amplitude * s(angle * RAD);
  });
  return jde + periodic + additional;
}

type Series = readonly (readonly [number, number, number])[];

// VSOP87, the Earth's heliocentric ecliptic longitude L (series L0–L5) and radius vector R (R0–R4), in
// units of 1e-8 radian and 1e-8 au, as truncated in Meeus, Appendix III.
const L0: Series = [
  [175347046, 0, 0], [3341656, 4.6692568, 6283.07585], [34894, 4.6261, 12566.1517], [3497, 2.7441, 5753.3849],
  [3418, 2.8289, 3.5231], [3136, 3.6277, 77713.7715], [2676, 4.4181, 7860.4194], [2343, 6.1352, 3930.2097],
  [1324, 0.7425, 11506.7698], [1273, 2.0371, 529.691], [1199, 1.1096, 1577.3435], [990, 5.233, 5884.927],
  [902, 2.045, 26.298], [857, 3.508, 398.149], [780, 1.179, 5223.694], [753, 2.533, 5507.553],
  [505, 4.583, 18849.228], [492, 4.205, 775.523], [357, 2.92, 0.067], [317, 5.849, 11790.629],
  [284, 1.899, 796.298], [271, 0.315, 10977.079], [243, 0.345, 5486.778], [206, 4.806, 2544.314],
  [205, 1.869, 5573.143], [202, 2.458, 6069.777], [156, 0.833, 213.299], [132, 3.411, 2942.463],
  [126, 1.083, 20.775], [115, 0.645, 0.98], [103, 0.636, 4694.003], [102, 0.976, 15720.839],
  [102, 4.267, 7.114], [99, 6.21, 2146.17], [98, 0.68, 155.42], [86, 5.98, 161000.69],
  [85, 1.3, 6275.96], [85, 3.67, 71430.7], [80, 1.81, 17260.15], [79, 3.04, 12036.46],
  [75, 1.76, 5088.63], [74, 3.5, 3154.69], [74, 4.68, 801.82], [70, 0.83, 9437.76],
  [62, 3.98, 8827.39], [61, 1.82, 7084.9], [57, 2.78, 6286.6], [56, 4.39, 14143.5],
  [56, 3.47, 6279.55], [52, 0.19, 12139.55], [52, 1.33, 1748.02], [51, 0.28, 5856.48],
  [49, 0.49, 1194.45], [41, 5.37, 8429.24], [41, 2.4, 19651.05], [39, 6.17, 10447.39],
  [37, 6.04, 10213.29], [37, 2.57, 1059.38], [36, 1.71, 2352.87], [36, 1.78, 6812.77],
  [33, 0.59, 17789.85], [30, 0.44, 83996.85], [30, 2.74, 1349.87], [25, 3.16, 4690.48],
];
const L1: Series = [
  [628331966747, 0, 0], [206059, 2.678235, 6283.07585], [4303, 2.6351, 12566.1517], [425, 1.59, 3.523],
  [119, 5.796, 26.298], [109, 2.966, 1577.344], [93, 2.59, 18849.23], [72, 1.14, 529.69],
  [68, 1.87, 398.15], [67, 4.41, 5507.55], [59, 2.89, 5223.69], [56, 2.17, 155.42],
  [45, 0.4, 796.3], [36, 0.47, 775.52], [29, 2.65, 7.11], [21, 5.34, 0.98],
  [19, 1.85, 5486.78], [19, 4.97, 213.3], [17, 2.99, 6275.96], [16, 0.03, 2544.31],
  [16, 1.43, 2146.17], [15, 1.21, 10977.08], [12, 2.83, 1748.02], [12, 3.26, 5088.63],
  [12, 5.27, 1194.45], [12, 2.08, 4694], [11, 0.77, 553.57], [10, 1.3, 6286.6],
  [10, 4.24, 1349.87], [9, 2.7, 242.73], [9, 5.64, 951.72], [8, 5.3, 2352.87],
  [6, 2.65, 9437.76], [6, 4.67, 4690.48],
];
const L2: Series = [
  [52919, 0, 0], [8720, 1.0721, 6283.0758], [309, 0.867, 12566.152], [27, 0.05, 3.52],
  [16, 5.19, 26.3], [16, 3.68, 155.42], [10, 0.76, 18849.23], [9, 2.06, 77713.77],
  [7, 0.83, 775.52], [5, 4.66, 1577.34], [4, 1.03, 7.11], [4, 3.44, 5573.14],
  [3, 5.14, 796.3], [3, 6.05, 5507.55], [3, 1.19, 242.73], [3, 6.12, 529.69],
  [3, 0.31, 398.15], [3, 2.28, 553.57], [2, 4.38, 5223.69], [2, 3.75, 0.98],
];
const L3: Series = [
  [289, 5.844, 6283.076], [35, 0, 0], [17, 5.49, 12566.15], [3, 5.2, 155.42],
  [1, 4.72, 3.52], [1, 5.3, 18849.23], [1, 5.97, 242.73],
];
const L4: Series = [[114, 3.142, 0], [8, 4.13, 6283.08], [1, 3.84, 12566.15]];
const L5: Series = [[1, 3.14, 0]];
const R0: Series = [
  [100013989, 0, 0], [1670700, 3.0984635, 6283.07585], [13956, 3.05525, 12566.1517], [3084, 5.1985, 77713.7715],
  [1628, 1.1739, 5753.3849], [1576, 2.8469, 7860.4194], [925, 5.453, 11506.77], [542, 4.564, 3930.21],
  [472, 3.661, 5884.927], [346, 0.964, 5507.553], [329, 5.9, 5223.694], [307, 0.299, 5573.143],
  [243, 4.273, 11790.629], [212, 5.847, 1577.344], [186, 5.022, 10977.079], [175, 3.012, 18849.228],
  [110, 5.055, 5486.778], [98, 0.89, 6069.78], [86, 5.69, 15720.84], [86, 1.27, 161000.69],
  [65, 0.27, 17260.15], [63, 0.92, 529.69], [57, 2.01, 83996.85], [56, 5.24, 71430.7],
  [49, 3.25, 2544.31], [47, 2.58, 775.52], [45, 5.54, 9437.76], [43, 6.01, 6275.96],
  [39, 5.36, 4694], [38, 2.39, 8827.39], [37, 0.83, 19651.05], [37, 4.9, 12139.55],
  [36, 1.67, 12036.46], [35, 1.84, 2942.46], [33, 0.24, 7084.9], [32, 0.18, 5088.63],
  [32, 1.78, 398.15], [28, 1.21, 6286.6], [28, 1.9, 6279.55], [26, 4.59, 10447.39],
];
const R1: Series = [
  [103019, 1.10749, 6283.07585], [1721, 1.0644, 12566.1517], [702, 3.142, 0], [32, 1.02, 18849.23],
  [31, 2.84, 5507.55], [25, 1.32, 5223.69], [18, 1.42, 1577.34], [10, 5.91, 10977.08],
  [9, 1.42, 6275.96], [9, 0.27, 5486.78],
];
const R2: Series = [
  [4359, 5.7846, 6283.0758], [124, 5.579, 12566.152], [12, 3.14, 0], [9, 3.63, 77713.77],
  [6, 1.87, 5573.14], [3, 5.47, 18849.23],
];
const R3: Series = [[145, 4.273, 6283.076], [7, 3.92, 12566.15]];
const R4: Series = [[4, 2.56, 6283.08]];

function sumSeries(powers: readonly Series[], tau: number): number {
  let total = 0;
  powers.forEach((series, power) => {
    let sum = 0;
    for (const [a, b, c] of series) sum += a * Math.cos(b + c * tau);
    total += sum * tau ** power;
  });
  return total / 1e8;
}

/** The sun's apparent geocentric ecliptic longitude in degrees [0, 360) at an instant JDE (TT). */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250; // Julian millennia from J2000.0
  const t = tau * 10; // Julian centuries
  const earthLongitude = sumSeries([L0, L1, L2, L3, L4, L5], tau) / RAD;
  const radius = sumSeries([R0, R1, R2, R3, R4], tau);
  // Geometric geocentric longitude, referred to the FK5 system (Meeus 25.9).
  let lambda = earthLongitude + 180;
  lambda -= 0.09033 / 3600;
  // Nutation in longitude, main terms (Meeus ch. 22), in arc seconds.
  const omega = (125.04452 - 1934.136261 * t + 0.0020708 * t * t + (t * t * t) / 450000) * RAD;
  const sunMean = (280.4665 + 36000.7698 * t) * RAD;
  const moonMean = (218.3165 + 481267.8813 * t) * RAD;
  const nutation = -17.2 * Math.sin(omega) - 1.32 * Math.sin(2 * sunMean) - 0.23 * Math.sin(2 * moonMean) + 0.21 * Math.sin(2 * omega);
  // Aberration (Meeus 25.10).
  const aberration = -20.4898 / radius;
  lambda += (nutation + aberration) / 3600;
  return ((lambda % 360) + 360) % 360;
}

/**
 * The instant (JDE, TT) at which the sun's apparent longitude reaches `degrees`, searched from an estimate
 * within a few days of it (Newton's method on the sun's mean motion).
 */
export function solarLongitudeJde(degrees: number, estimate: number): number {
  let jde = estimate;
  for (let i = 0; i < 20; i += 1) {
    const delta = ((((degrees - sunApparentLongitude(jde)) % 360) + 540) % 360) - 180;
    jde += (delta * 365.2422) / 360;
    if (Math.abs(delta) < 1e-7) break;
  }
  return jde;
}
