package org.deltanet.plugins.support;

/**
 * {@code e^x} for {@code x <= 0} in double precision from additions, multiplications and bit
 * operations alone, as {@link FloatExp} does in single precision: {@link VectorBatchMath} writes
 * the same operations out on vectors, so that an element gets the same bits in a vector lane and
 * in the scalar code, compiled or not, and the double sigmoid no longer takes {@code Math.exp} one
 * element at a time. The reduction {@code x = k ln 2 + r} (k found by adding 1.5 * 2^52, ln 2 in
 * fdlibm's two parts), {@code e^r} by its Taylor polynomial to degree 13 ({@code |r| <= ln 2 / 2},
 * where the first term left out is below 2e-16 of the result), and {@code 2^k} from exponent bits
 * in two halves, down to the smallest subnormal. Within 2 ulp of the exact value (checked by
 * {@code FloatExpTest}'s double twin, {@code DoubleExpTest}). Below -746 gives 0; NaN gives NaN.
 * No Vector API here: the scalar fallback ({@link ScalarBatchMath}) uses it on JVMs without it.
 */
final class DoubleExp {

    static final double LOWEST = -746.0;
    static final double LOG2_E = 1.4426950408889634;
    static final double LN2_HIGH = 6.93147180369123816490e-01;
    static final double LN2_LOW = 1.90821492927058770002e-10;
    /** 1.5 * 2^52: adding it rounds a double of magnitude below 2^51 to an integer in its low bits. */
    static final double ROUNDER = 6755399441055744.0;

    static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);

    // 1 / j! for j = 2 to 13: the Taylor coefficients after 1 + r
    static final double C2 = 1.0 / 2;
    static final double C3 = 1.0 / 6;
    static final double C4 = 1.0 / 24;
    static final double C5 = 1.0 / 120;
    static final double C6 = 1.0 / 720;
    static final double C7 = 1.0 / 5040;
    static final double C8 = 1.0 / 40320;
    static final double C9 = 1.0 / 362880;
    static final double C10 = 1.0 / 3628800;
    static final double C11 = 1.0 / 39916800;
    static final double C12 = 1.0 / 479001600;
    static final double C13 = 1.0 / 6227020800.0;

    private DoubleExp() {}

    /** {@code e^x} for one {@code x <= 0}. */
    static double ofNonPositive(double x) {
        double clamped = Math.max(x, LOWEST);
        double rounded = clamped * LOG2_E + ROUNDER;
        double k = rounded - ROUNDER;
        double r = clamped - k * LN2_HIGH - k * LN2_LOW;
        double p = ((((((((((C13 * r + C12) * r + C11) * r + C10) * r + C9) * r + C8) * r + C7) * r + C6) * r + C5) * r
                                                + C4)
                                        * r
                                + C3)
                        * r
                + C2;
        double er = p * (r * r) + r + 1.0;
        long n = Double.doubleToRawLongBits(rounded) - ROUNDER_BITS;
        long half = n >> 1;
        return er * Double.longBitsToDouble((half + 1023) << 52) * Double.longBitsToDouble((n - half + 1023) << 52);
    }
}
