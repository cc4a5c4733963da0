/*
 * deltanet-gemm: OpenBLAS's cblas_dgemm and cblas_sgemm called on Java arrays in place.
 *
 * The native methods of org.deltanet.engine.math.InPlaceGemm. JNI's GetPrimitiveArrayCritical
 * gives the address of each array's elements without copying them (the garbage collector waits
 * until they are released), so OpenBLAS reads the operands and writes the product where the
 * engine keeps them, instead of in native buffers that the operands are first copied into and
 * the product copied out of. The library links against nothing but the C runtime: bind() is
 * given the addresses of the cblas functions of the OpenBLAS that JavaCPP has already loaded.
 *
 * Row-major, C = alpha op(A) op(B) with beta = 0; the Java side checks the array lengths and
 * that C is neither operand before it calls in here.
 */
#include <jni.h>
#include <stdint.h>

typedef void (*dgemm_function)(int order, int trans_a, int trans_b, int m, int n, int k, double alpha,
                               const double *a, int lda, const double *b, int ldb, double beta, double *c,
                               int ldc);
typedef void (*sgemm_function)(int order, int trans_a, int trans_b, int m, int n, int k, float alpha,
                               const float *a, int lda, const float *b, int ldb, float beta, float *c,
                               int ldc);

/* CblasRowMajor in cblas.h */
enum { ROW_MAJOR = 101 };

static dgemm_function dgemm;
static sgemm_function sgemm;

JNIEXPORT void JNICALL Java_org_deltanet_engine_math_InPlaceGemm_bind(JNIEnv *env, jclass type, jlong dgemm_address,
                                                                      jlong sgemm_address) {
    dgemm = (dgemm_function)(intptr_t)dgemm_address;
    sgemm = (sgemm_function)(intptr_t)sgemm_address;
}

/*
 * One native method per precision: PRECISION is d or s, TYPE the element type, ARRAY the JNI
 * array type; the operands are released without copying back (JNI_ABORT), the product with it.
 */
#define IN_PLACE_GEMM(PRECISION, TYPE, ARRAY)                                                              \
    JNIEXPORT void JNICALL Java_org_deltanet_engine_math_InPlaceGemm_##PRECISION##gemmInPlace(              \
            JNIEnv *env, jclass type, jint trans_a, jint trans_b, jint m, jint n, jint k, TYPE alpha, ARRAY a, \
            jint lda, ARRAY b, jint ldb, ARRAY c) {                                                        \
        TYPE *in_a = (*env)->GetPrimitiveArrayCritical(env, a, NULL);                                      \
        TYPE *in_b = (*env)->GetPrimitiveArrayCritical(env, b, NULL);                                      \
        TYPE *out = (*env)->GetPrimitiveArrayCritical(env, c, NULL);                                       \
        if (in_a != NULL && in_b != NULL && out != NULL) {                                                 \
            PRECISION##gemm(ROW_MAJOR, trans_a, trans_b, m, n, k, alpha, in_a, lda, in_b, ldb, 0, out, n); \
        }                                                                                                  \
        if (out != NULL) {                                                                                 \
            (*env)->ReleasePrimitiveArrayCritical(env, c, out, 0);                                         \
        }                                                                                                  \
        if (in_b != NULL) {                                                                                \
            (*env)->ReleasePrimitiveArrayCritical(env, b, in_b, JNI_ABORT);                                \
        }                                                                                                  \
        if (in_a != NULL) {                                                                                \
            (*env)->ReleasePrimitiveArrayCritical(env, a, in_a, JNI_ABORT);                                \
        }                                                                                                  \
    }

IN_PLACE_GEMM(d, jdouble, jdoubleArray)
IN_PLACE_GEMM(s, jfloat, jfloatArray)
