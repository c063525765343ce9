/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_randist.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-rng.h"

/* Every convention runs on GSL's MT19937. What GSL does not offer are the
 * seeding routines and output conversions of NumPy, PyTorch and CPython,
 * so those are written here:
 *   - seeding: MT19937's init_genrand (GSL's own replaces seed 0 by 4357,
 *     NumPy and PyTorch do not) and init_by_array (CPython's random.seed);
 *   - outputs: 53-bit doubles from two words (NumPy, CPython), 24-bit
 *     floats (PyTorch), NumPy's masked rejection for integers, the legacy
 *     polar Gaussian and CPython's Box–Muller gauss(). */

#define MT_N 624

/* The layout of GSL's mt19937 state (gsl/rng/mt.c), checked at run time
 * against gsl_rng_size() so a different layout fails loudly, not silently. */
typedef struct {
  unsigned long mt[MT_N];
  int           mti;
} MtState;

#ifndef __SIZEOF_INT128__
# error "PCG64 (NumPy's default_rng) needs a 128-bit integer type"
#endif
typedef unsigned __int128 u128;

struct _DlmRng
{
  DlmRngConvention  convention;
  guint32           seed;
  gsl_rng          *gsl;
  MtState          *mt;          /* gsl's state, checked to be an MtState */
  u128              pcg_state;   /* NumPy's PCG64, for default_rng */
  u128              pcg_inc;
  gboolean          has_gauss;   /* a cached second normal (numpy, python) */
  double            gauss;
};

static const char *convention_names[] = { "numpy", "torch", "python", "gsl", "default_rng" };

static MtState *
mt_state (DlmRng *self)
{
  g_assert (gsl_rng_size (self->gsl) == sizeof (MtState));
  return gsl_rng_state (self->gsl);
}

static void
init_genrand (MtState *s,
              guint32  seed)
{
  s->mt[0] = seed;
  for (int i = 1; i < MT_N; i++)
    s->mt[i] = (1812433253UL * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + i) & 0xffffffffUL;
  s->mti = MT_N;
}

/* CPython's random.seed(n) for 0 ≤ n < 2³²: init_by_array with key [n]. */
static void
init_by_array (MtState       *s,
               const guint32 *key,
               int            key_length)
{
  int i = 1, j = 0;

  init_genrand (s, 19650218UL);
  for (int k = MAX (MT_N, key_length); k > 0; k--)
    {
      s->mt[i] = ((s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525UL)) + key[j] + j) & 0xffffffffUL;
      i++;
      j++;
      if (i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
      if (j >= key_length) j = 0;
    }
  for (int k = MT_N - 1; k > 0; k--)
    {
      s->mt[i] = ((s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941UL)) - i) & 0xffffffffUL;
      i++;
      if (i >= MT_N) { s->mt[0] = s->mt[MT_N - 1]; i = 1; }
    }
  s->mt[0] = 0x80000000UL;
  s->mti = MT_N;
}

/* The next word of GSL's mt19937 state, as gsl_rng_get gives it, but
 * without a call through the generator's table for every word: the
 * normal numbers take two and a half words each, and these calls were a
 * third of their time. The state is GSL's own, so the two can be mixed. */
#define MT_M 397
#define MT_UPPER 0x80000000UL
#define MT_LOWER 0x7fffffffUL
/* The magic constant where y is odd, without a branch: y's low bit is a
 * coin toss, so a branch would be mispredicted half the time. */
#define MT_MAGIC(y) (-((y) & 1) & 0x9908b0dfUL)

static inline unsigned long
mt_mix (unsigned long a,
        unsigned long b,
        unsigned long c)
{
  unsigned long y = (a & MT_UPPER) | (b & MT_LOWER);

  return c ^ (y >> 1) ^ MT_MAGIC (y);
}

/* Regenerates the 624 words. Word k reads words k + 1 and k + 397 (k − 227
 * once past the end), so each of the three parts is a loop without
 * dependencies between its steps, which the compiler can vectorise. */
static void
mt_twist (MtState *s)
{
  unsigned long *mt = s->mt;
  int k;

  for (k = 0; k < MT_N - MT_M; k++)
    mt[k] = mt_mix (mt[k], mt[k + 1], mt[k + MT_M]);
  for (; k < MT_N - 1; k++)
    mt[k] = mt_mix (mt[k], mt[k + 1], mt[k + MT_M - MT_N]);
  mt[MT_N - 1] = mt_mix (mt[MT_N - 1], mt[0], mt[MT_M - 1]);
  s->mti = 0;
}

static inline guint32
mt_temper (unsigned long k)
{
  k ^= k >> 11;
  k ^= (k << 7) & 0x9d2c5680UL;
  k ^= (k << 15) & 0xefc60000UL;
  k ^= k >> 18;
  return (guint32) k;
}

static inline guint32
mt_next (MtState *s)
{
  if (s->mti >= MT_N)
    mt_twist (s);
  return mt_temper (s->mt[s->mti++]);
}

/* ---- NumPy's Generator: SeedSequence and PCG64 -------------------------- */

/* SeedSequence(seed): a pool of four words hashed from the seed's 32-bit
 * words (numpy/random/bit_generator.pyx), then generate_state(4, uint64). */
#define SS_INIT_A 0x43b0d7e5u
#define SS_MULT_A 0x931e8875u
#define SS_INIT_B 0x8b51f9ddu
#define SS_MULT_B 0x58f38dedu
#define SS_MIX_L  0xca01f9ddu
#define SS_MIX_R  0x4973f715u
#define SS_POOL   4

static guint32
ss_hashmix (guint32  value,
            guint32 *hash_const)
{
  value ^= *hash_const;
  *hash_const *= SS_MULT_A;
  value *= *hash_const;
  return value ^ (value >> 16);
}

static guint32
ss_mix (guint32 x,
        guint32 y)
{
  guint32 result = SS_MIX_L * x - SS_MIX_R * y;

  return result ^ (result >> 16);
}

static void
seed_sequence_state (guint32  seed,
                     guint64  words[4])
{
  guint32 pool[SS_POOL], hash_const = SS_INIT_A, state[8];

  /* the entropy of a seed below 2³² is the one word [seed] */
  for (int i = 0; i < SS_POOL; i++)
    pool[i] = ss_hashmix (i == 0 ? seed : 0, &hash_const);
  for (int src = 0; src < SS_POOL; src++)
    for (int dst = 0; dst < SS_POOL; dst++)
      if (src != dst)
        pool[dst] = ss_mix (pool[dst], ss_hashmix (pool[src], &hash_const));

  hash_const = SS_INIT_B;
  for (int i = 0; i < 8; i++)
    {
      guint32 v = pool[i % SS_POOL] ^ hash_const;

      hash_const *= SS_MULT_B;
      v *= hash_const;
      state[i] = v ^ (v >> 16);
    }
  for (int i = 0; i < 4; i++)
    words[i] = (guint64) state[2 * i] | (guint64) state[2 * i + 1] << 32;
}

#define PCG_MULT (((u128) 0x2360ed051fc65da4ULL << 64) | 0x4385df649fccf645ULL)

static void
pcg64_step (DlmRng *self)
{
  self->pcg_state = self->pcg_state * PCG_MULT + self->pcg_inc;
}

/* pcg64_set_seed: state from words 0–1, stream from words 2–3. */
static void
pcg64_seed (DlmRng *self)
{
  guint64 w[4];

  seed_sequence_state (self->seed, w);
  self->pcg_state = 0;
  self->pcg_inc = ((((u128) w[2] << 64) | w[3]) << 1) | 1;
  pcg64_step (self);
  self->pcg_state += ((u128) w[0] << 64) | w[1];
  pcg64_step (self);
}

/* XSL-RR output of the next state. */
static guint64
pcg64_next (DlmRng *self)
{
  guint64 x;
  unsigned rot;

  pcg64_step (self);
  x = (guint64) (self->pcg_state >> 64) ^ (guint64) self->pcg_state;
  rot = (unsigned) (self->pcg_state >> 122);
  return (x >> rot) | (x << ((64 - rot) & 63));
}

void
dlm_rng_reset (DlmRng *self)
{
  g_return_if_fail (self != NULL);

  self->has_gauss = FALSE;
  switch (self->convention)
    {
    case DLM_RNG_NUMPY:
    case DLM_RNG_TORCH:
      init_genrand (mt_state (self), self->seed);
      break;
    case DLM_RNG_PYTHON:
      init_by_array (mt_state (self), &self->seed, 1);
      break;
    case DLM_RNG_NUMPY_GENERATOR:
      pcg64_seed (self);
      break;
    case DLM_RNG_GSL:
    default:
      gsl_rng_set (self->gsl, self->seed);
      break;
    }
}

DlmRng *
dlm_rng_new (DlmRngConvention convention,
             guint32          seed)
{
  DlmRng *self = g_new0 (DlmRng, 1);

  g_return_val_if_fail (convention <= DLM_RNG_NUMPY_GENERATOR, NULL);

  self->convention = convention;
  self->seed = seed;
  self->gsl = gsl_rng_alloc (gsl_rng_mt19937);
  self->mt = mt_state (self);
  dlm_rng_reset (self);
  return self;
}

void
dlm_rng_free (DlmRng *self)
{
  if (self == NULL)
    return;
  gsl_rng_free (self->gsl);
  g_free (self);
}

DlmRngConvention
dlm_rng_get_convention (DlmRng *self)
{
  return self->convention;
}

guint32
dlm_rng_get_seed (DlmRng *self)
{
  return self->seed;
}

gsl_rng *
dlm_rng_get_gsl (DlmRng *self)
{
  return self->gsl;
}

static inline guint32
next32 (DlmRng *self)
{
  return mt_next (self->mt);
}

/* genrand_res53: NumPy's random_sample and CPython's random(). */
static double
res53 (DlmRng *self)
{
  guint32 a = next32 (self) >> 5, b = next32 (self) >> 6;

  return (a * 67108864.0 + b) / 9007199254740992.0;
}

double
dlm_rng_uniform (DlmRng *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  switch (self->convention)
    {
    case DLM_RNG_NUMPY:
    case DLM_RNG_PYTHON:
      return res53 (self);
    case DLM_RNG_TORCH:
      /* uniform_real_distribution<float>: the low 24 bits of one word */
      return (float) ((next32 (self) & 0xffffffu) / 16777216.0);
    case DLM_RNG_NUMPY_GENERATOR:
      return (pcg64_next (self) >> 11) * (1.0 / 9007199254740992.0);
    case DLM_RNG_GSL:
    default:
      return gsl_rng_uniform (self->gsl);
    }
}

/* NumPy's legacy_gauss: Marsaglia's polar method, the second value kept. */
static double
numpy_gauss (DlmRng *self)
{
  double x1, x2, r2, f;

  do
    {
      x1 = 2.0 * res53 (self) - 1.0;
      x2 = 2.0 * res53 (self) - 1.0;
      r2 = x1 * x1 + x2 * x2;
    }
  while (r2 >= 1.0 || r2 == 0.0);

  f = sqrt (-2.0 * log (r2) / r2);
  self->gauss = f * x1;
  self->has_gauss = TRUE;
  return f * x2;
}

/* CPython's random.gauss(0, 1): Box–Muller, the sine half kept. */
static double
python_gauss (DlmRng *self)
{
  double x2pi = res53 (self) * 2 * G_PI;
  double g2rad = sqrt (-2.0 * log (1.0 - res53 (self)));

  self->gauss = sin (x2pi) * g2rad;
  self->has_gauss = TRUE;
  return cos (x2pi) * g2rad;
}

/* genrand_res53 of two given words, turned into a coordinate in (−1, 1)
 * as the polar method wants it. */
static inline double
polar_coordinate (unsigned long a,
                  unsigned long b)
{
  double u = ((gint32) (mt_temper (a) >> 5) * 67108864.0 + (gint32) (mt_temper (b) >> 6)) / 9007199254740992.0;

  return 2.0 * u - 1.0;
}

/* numpy_gauss for the whole attempts (four words each) left before the
 * generator's next regeneration, without changing a bit: every attempt's
 * point is computed from words already in the state, in a loop without
 * branches; the accepted points are gathered in order, up to as many as
 * @n values need, and only the words of attempts made are used up. The
 * rejection test is a coin toss of 21.5 %, which mispredicts as a branch.
 * Writes up to @n ≥ 1 values (a second value past them is kept, as
 * numpy_gauss keeps it); returns how many, 0 if no attempt fits. */
static gsize
numpy_gauss_block (DlmRng *self,
                   double *out,
                   gsize   n)
{
  double x1[MT_N / 4], x2[MT_N / 4], r2[MT_N / 4];
  const unsigned long *w = self->mt->mt + self->mt->mti;
  int attempts = (MT_N - self->mt->mti) / 4, a, k = 0;
  gsize pairs = (n + 1) / 2, i = 0;

  for (a = 0; a < attempts; a++)
    {
      x1[a] = polar_coordinate (w[4 * a], w[4 * a + 1]);
      x2[a] = polar_coordinate (w[4 * a + 2], w[4 * a + 3]);
      r2[a] = x1[a] * x1[a] + x2[a] * x2[a];
    }
  for (a = 0; a < attempts && (gsize) k < pairs; a++)
    {
      x1[k] = x1[a], x2[k] = x2[a], r2[k] = r2[a];
      k += r2[a] < 1.0 && r2[a] != 0.0;
    }
  self->mt->mti += 4 * a;

  for (int j = 0; j < k; j++)
    {
      double f = sqrt (-2.0 * log (r2[j]) / r2[j]);

      out[i++] = f * x2[j];
      if (i < n)
        out[i++] = f * x1[j];
      else
        {
          self->gauss = f * x1[j];
          self->has_gauss = TRUE;
        }
    }
  return i;
}

/* Many normal numbers at once: the same as @n calls of dlm_rng_normal,
 * without a call each. NumPy's and Python's conventions only. */
void
dlm_rng_fill_normal (DlmRng *self,
                     double *out,
                     gsize   n)
{
  gsize i = 0;

  g_return_if_fail (self != NULL && (out != NULL || n == 0));
  g_return_if_fail (self->convention == DLM_RNG_NUMPY || self->convention == DLM_RNG_PYTHON);

  if (n > 0 && self->has_gauss)
    {
      self->has_gauss = FALSE;
      out[i++] = self->gauss;
    }
  while (i < n)
    {
      gsize done = self->convention == DLM_RNG_NUMPY ? numpy_gauss_block (self, out + i, n - i) : 0;

      if (done > 0)
        {
          i += done;
          continue;
        }
      /* an attempt across a regeneration, or Python's convention */
      out[i++] = self->convention == DLM_RNG_NUMPY ? numpy_gauss (self) : python_gauss (self);
      if (i < n)
        {
          self->has_gauss = FALSE;
          out[i++] = self->gauss;
        }
    }
}

double
dlm_rng_normal (DlmRng *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (self->convention != DLM_RNG_TORCH, NAN);
  g_return_val_if_fail (self->convention != DLM_RNG_NUMPY_GENERATOR, NAN);

  if (self->has_gauss)
    {
      self->has_gauss = FALSE;
      return self->gauss;
    }
  if (self->convention == DLM_RNG_NUMPY)
    return numpy_gauss (self);
  if (self->convention == DLM_RNG_PYTHON)
    return python_gauss (self);
  return gsl_ran_gaussian_ziggurat (self->gsl, 1.0);
}

/* NumPy's gen_mask: the smallest 2ᵏ − 1 that covers @max. */
static guint32
mask_for (guint32 max)
{
  guint32 mask = max;

  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  return mask;
}

/* CPython's _randbelow_with_getrandbits for n ≤ 2³². */
static guint64
python_below (DlmRng *self,
              guint64 n)
{
  int k = g_bit_storage (n);   /* n.bit_length () */
  guint64 r;

  do
    r = k == 0 ? 0 : next32 (self) >> (32 - MIN (k, 32));
  while (r >= n);
  return r;
}

gint64
dlm_rng_integer (DlmRng *self,
                 gint64  low,
                 gint64  high)
{
  guint64 range;

  g_return_val_if_fail (self != NULL, low);
  g_return_val_if_fail (self->convention != DLM_RNG_NUMPY_GENERATOR, low);
  g_return_val_if_fail (dlm_rng_check_range (self->convention, low, high, NULL), low);

  range = (guint64) (high - low);
  switch (self->convention)
    {
    case DLM_RNG_NUMPY:
      {
        /* RandomState.randint: masked rejection on 32-bit words */
        guint32 max = (guint32) (range - 1), mask = mask_for (max), value;

        if (max == 0)
          return low;
        do
          value = next32 (self) & mask;
        while (value > max);
        return low + value;
      }
    case DLM_RNG_TORCH:
      return low + (gint64) (next32 (self) % range);
    case DLM_RNG_PYTHON:
      return low + (gint64) python_below (self, range);
    case DLM_RNG_GSL:
    default:
      return low + (gint64) gsl_rng_uniform_int (self->gsl, range);
    }
}

gboolean
dlm_rng_check_kind (DlmRngConvention   convention,
                    DlmRngKind         kind,
                    GError           **error)
{
  if (convention == DLM_RNG_TORCH && kind == DLM_RNG_NORMAL)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("distribution: torch’s normal numbers (torch.randn) are not reproduced; "
                     "accepted with torch: uniform, integers"));
      return FALSE;
    }
  if (convention == DLM_RNG_NUMPY_GENERATOR && kind != DLM_RNG_UNIFORM)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("distribution: with default_rng only uniform numbers (.random) are "
                     "reproduced; accepted with default_rng: uniform"));
      return FALSE;
    }
  return TRUE;
}

/* Integers are drawn from one 32-bit word in every convention, so the range
 * is limited to 2³² − 1 values; bounds stay within ±2⁵³ so that every
 * value prints exactly. */
gboolean
dlm_rng_check_range (DlmRngConvention   convention,
                     gint64             low,
                     gint64             high,
                     GError           **error)
{
  const gint64 limit = G_GINT64_CONSTANT (9007199254740992);

  if (low < -limit || high > limit || low >= high || (guint64) (high - low) > G_MAXUINT32)
    {
      /* NumPy's legacy randint itself takes any low and high − 1 within
       * int64, but draws ranges of more than 2³² values from 64-bit
       * words, and Python and PyTorch change method there too */
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("low, high: %lld to %lld is not accepted; accepted: low below high (high "
                     "itself is never drawn), at most 4294967295 values from low to high − 1, "
                     "within ±9007199254740992. NumPy’s randint takes wider int64 ranges, but "
                     "draws them from 64-bit words, which this app does not reproduce; within "
                     "these limits every convention draws one 32-bit word per number and every "
                     "value prints exactly"),
                   (long long) low, (long long) high);
      return FALSE;
    }
  return TRUE;
}

gboolean
dlm_rng_parse_seed (const char  *field,
                    const char  *text,
                    guint32     *seed,
                    GError     **error)
{
  guint64 value;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!g_ascii_string_to_unsigned (stripped, 10, 0, DLM_RNG_MAX_SEED, &value, NULL))
    {
      g_autofree char *given = dlm_quote_input (stripped);

      /* Translators: the first %s names the field (--seed); the second is
       * what was given */
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: expected a whole number from 0 to 4294967295 (2³² − 1: NumPy’s legacy "
                     "seed is a 32-bit unsigned integer), not “%s”"),
                   field, given);
      return FALSE;
    }
  *seed = (guint32) value;
  return TRUE;
}

gboolean
dlm_rng_convention_from_string (const char       *name,
                                DlmRngConvention *convention)
{
  for (guint i = 0; i < G_N_ELEMENTS (convention_names); i++)
    if (g_strcmp0 (name, convention_names[i]) == 0)
      {
        *convention = i;
        return TRUE;
      }
  return FALSE;
}

const char *
dlm_rng_convention_to_string (DlmRngConvention convention)
{
  g_return_val_if_fail (convention < G_N_ELEMENTS (convention_names), NULL);
  return convention_names[convention];
}
