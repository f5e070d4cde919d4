/** `np.fft`: discrete Fourier transforms (NumPy's pocketfft interface). */
export { fft, ifft, rfft, irfft, hfft, ihfft } from "./transforms";
export type { FftOptions } from "./transforms";
export { fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn } from "./nd";
export type { FftnOptions } from "./nd";
export { fftfreq, rfftfreq, fftshift, ifftshift } from "./helpers";
export type { FftfreqOptions, FftshiftOptions } from "./helpers";
export type { FftNorm } from "./raw";
