/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <math.h>
#include <sys/mman.h>
#include <unistd.h>

#include "dlm-rng.h"
#include "dlm-sampling.h"

/* Draws are made in chunks of this many: big enough that the loop, not
 * the bookkeeping, dominates; small enough to stop quickly when asked. */
#define CHUNK 65536
/* Every draw count up to here is a checkpoint of the running sums. */
#define DENSE_CHECKPOINTS 2048
/* Beyond, each checkpoint is at least 0.1 % after the previous one. */
#define CHECKPOINT_RATIO 1.001

/* The bimodal mixture: two normal humps at μ ± 0.8 σ, each 0.6 σ wide, so
 * that the mixture's variance is (0.8² + 0.6²) σ² = σ². */
#define BIMODAL_OFFSET 0.8
#define BIMODAL_WIDTH  0.6

/* ---- populations -------------------------------------------------------- */

double
dlm_population_mean (const DlmPopulation *pop)
{
  return pop->kind == DLM_POPULATION_COIN ? 0.5 : pop->mu;
}

/* The coin has no identical members to switch to: heads and tails are
 * what it is. */
static gboolean
members_identical (const DlmPopulation *pop)
{
  return pop->identical && pop->kind != DLM_POPULATION_COIN;
}

double
dlm_population_sd (const DlmPopulation *pop)
{
  return members_identical (pop) ? 0 : dlm_population_scale (pop);
}

double
dlm_population_scale (const DlmPopulation *pop)
{
  return pop->kind == DLM_POPULATION_COIN ? 0.5 : pop->sigma;
}

double
dlm_population_measured_sd (const DlmPopulation *pop)
{
  return hypot (dlm_population_sd (pop), pop->noise);
}

double
dlm_population_standard_error (const DlmPopulation *pop,
                               guint                n)
{
  g_return_val_if_fail (n >= 1, NAN);
  return dlm_population_measured_sd (pop) / sqrt (n);
}

gboolean
dlm_population_is_discrete (const DlmPopulation *pop)
{
  return pop->kind == DLM_POPULATION_COIN;
}

double
dlm_population_median (const DlmPopulation *pop)
{
  switch (pop->kind)
    {
    case DLM_POPULATION_EXPONENTIAL:
      return pop->mu - pop->sigma + pop->sigma * M_LN2;
    case DLM_POPULATION_COIN:
      return 0.5;
    case DLM_POPULATION_NORMAL:
    case DLM_POPULATION_UNIFORM:
    case DLM_POPULATION_BIMODAL:
    default:
      return pop->mu;
    }
}

double
dlm_population_biased_mean (const DlmPopulation *pop)
{
  double d = BIMODAL_OFFSET * pop->sigma, s = BIMODAL_WIDTH * pop->sigma;

  if (members_identical (pop))
    return pop->mu;
  switch (pop->kind)
    {
    case DLM_POPULATION_NORMAL:
      return pop->mu + pop->sigma * 2 * gsl_ran_ugaussian_pdf (0);
    case DLM_POPULATION_UNIFORM:
      return pop->mu + sqrt (3) * pop->sigma / 2;
    case DLM_POPULATION_EXPONENTIAL:
      /* memoryless: above the median the mean is the median plus the scale */
      return dlm_population_median (pop) + pop->sigma;
    case DLM_POPULATION_BIMODAL:
      /* μ + 2 E[(X − μ)⁺], summed over the two humps */
      return pop->mu + d * (2 * gsl_cdf_ugaussian_P (d / s) - 1) + 2 * s * gsl_ran_ugaussian_pdf (d / s);
    case DLM_POPULATION_COIN:
    default:
      return 1;
    }
}

double
dlm_population_density (const DlmPopulation *pop,
                        double               x)
{
  double d = BIMODAL_OFFSET * pop->sigma, s = BIMODAL_WIDTH * pop->sigma;
  double half = sqrt (3) * pop->sigma;

  switch (pop->kind)
    {
    case DLM_POPULATION_NORMAL:
      return gsl_ran_gaussian_pdf (x - pop->mu, pop->sigma);
    case DLM_POPULATION_UNIFORM:
      return gsl_ran_flat_pdf (x, pop->mu - half, pop->mu + half);
    case DLM_POPULATION_EXPONENTIAL:
      return gsl_ran_exponential_pdf (x - (pop->mu - pop->sigma), pop->sigma);
    case DLM_POPULATION_BIMODAL:
      return 0.5 * (gsl_ran_gaussian_pdf (x - pop->mu + d, s) + gsl_ran_gaussian_pdf (x - pop->mu - d, s));
    case DLM_POPULATION_COIN:
    default:
      return x == 0 || x == 1 ? 0.5 : 0;
    }
}

/* ---- the draws ---------------------------------------------------------- */

struct _DlmDraws
{
  DlmRng *members;
  DlmRng *places;
  DlmRng *noise;
};

/* NumPy's legacy generator seeded as GSL seeds its own: the same words. */
static DlmRng *
stream_new (guint32 seed)
{
  return dlm_rng_new (DLM_RNG_NUMPY, seed != 0 ? seed : 4357);
}

DlmDraws *
dlm_draws_new (guint32 seed)
{
  DlmDraws *draws = g_new (DlmDraws, 1);

  draws->members = stream_new (seed);
  draws->places = stream_new (seed + 1);
  draws->noise = stream_new (seed + 2);
  return draws;
}

void
dlm_draws_free (DlmDraws *draws)
{
  if (draws == NULL)
    return;
  dlm_rng_free (draws->members);
  dlm_rng_free (draws->places);
  dlm_rng_free (draws->noise);
  g_free (draws);
}

/* One loop per population, so that the choice is made once per chunk. */
static void
draw_unbiased (const DlmPopulation *pop,
               DlmDraws            *draws,
               double              *out,
               gsize                n)
{
  gsl_rng *r = dlm_rng_get_gsl (draws->members);
  double mu = pop->mu, sigma = pop->sigma;
  double d = BIMODAL_OFFSET * sigma, s = BIMODAL_WIDTH * sigma, half = sqrt (3) * sigma;

  switch (pop->kind)
    {
    case DLM_POPULATION_NORMAL:
      dlm_rng_fill_normal (draws->members, out, n);
      for (gsize i = 0; i < n; i++)
        out[i] = mu + sigma * out[i];
      break;
    case DLM_POPULATION_UNIFORM:
      for (gsize i = 0; i < n; i++)
        out[i] = gsl_ran_flat (r, mu - half, mu + half);
      break;
    case DLM_POPULATION_EXPONENTIAL:
      for (gsize i = 0; i < n; i++)
        out[i] = mu - sigma + gsl_ran_exponential (r, sigma);
      break;
    case DLM_POPULATION_BIMODAL:
      /* the places and the humps come from streams of their own */
      dlm_rng_fill_normal (draws->places, out, n);
      for (gsize i = 0; i < n; i++)
        out[i] = (gsl_ran_bernoulli (r, 0.5) ? mu + d : mu - d) + s * out[i];
      break;
    case DLM_POPULATION_COIN:
    default:
      for (gsize i = 0; i < n; i++)
        out[i] = gsl_ran_bernoulli (r, 0.5);
      break;
    }
}

/* One member's true value: the non-random sample throws away whatever
 * falls at or below the median and draws again. */
static double
draw_member (const DlmPopulation *pop,
             DlmDraws            *draws,
             gboolean             biased,
             double               median)
{
  double x;

  if (members_identical (pop))
    return pop->mu;
  do
    draw_unbiased (pop, draws, &x, 1);
  while (biased && x <= median);
  return x;
}

void
dlm_population_draw (const DlmPopulation *pop,
                     DlmDraws            *draws,
                     gboolean             biased,
                     double              *out,
                     gsize                n)
{
  double median = dlm_population_median (pop);

  g_return_if_fail (pop != NULL && draws != NULL && (out != NULL || n == 0));

  /* the common case in one loop per chunk */
  if (!biased && !members_identical (pop) && pop->noise == 0)
    {
      draw_unbiased (pop, draws, out, n);
      return;
    }
  for (gsize i = 0; i < n; i++)
    {
      out[i] = draw_member (pop, draws, biased, median);
      if (pop->noise > 0)
        out[i] += pop->noise * dlm_rng_normal (draws->noise);
    }
}

guint32
dlm_sampling_sub_seed (guint32 seed,
                       guint   index)
{
  g_autoptr(DlmRng) master = dlm_rng_new (DLM_RNG_GSL, seed);
  gsl_rng *r = dlm_rng_get_gsl (master);

  for (guint i = 0; i < index; i++)
    gsl_rng_get (r);
  return (guint32) gsl_rng_get (r);
}

/* ---- progress ----------------------------------------------------------- */

typedef struct {
  DlmSamplingProgress func;
  gpointer            data;
  double              total;
  double              next;     /* report again once done reaches this */
} Progress;

static void
progress_init (Progress            *p,
               DlmSamplingProgress  func,
               gpointer             data,
               double               total)
{
  *p = (Progress) { func, data, MAX (total, 1), 0 };
}

/* FALSE when the caller asked to stop. */
static gboolean
progress_report (Progress *p,
                 double    done)
{
  if (p->func == NULL || done < p->next)
    return TRUE;
  p->next = done + p->total / 100;
  return p->func (MIN (done / p->total, 1), p->data);
}

/* Makes the pages of @len bytes at @p present before they are written.
 * On a virtual machine a page fault is a trip through the hypervisor, and
 * one call populating many pages costs a fraction of their faults one by
 * one. Only the whole pages inside are touched; where the kernel cannot
 * (before Linux 5.14), the pages fault in as usual. */
static void
prefault (void  *p,
          gsize  len)
{
#ifdef MADV_POPULATE_WRITE
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr start = (guintptr) p, end = start + len;

  start = (start + page - 1) / page * page;
  end = end / page * page;
  if (end > start)
    madvise ((void *) start, end - start, MADV_POPULATE_WRITE);
#endif
}

/* ---- work shared by the cores -------------------------------------------- */

/* The runs of the law of large numbers and the blocks of samples are
 * items, each drawn from generators of its own (seeded from its number), so
 * any thread may take any item and the numbers are the same however many
 * threads share them. The calling thread takes items too, and it alone
 * reports progress; everyone stops soon after a report asks to. */
#define MAX_HELPERS 3

typedef struct _Shared Shared;

/* Does @item, drawing through @buffer (@buffer_len doubles); returns FALSE
 * when asked to stop. @p is NULL on helper threads. */
typedef gboolean (*ItemFunc) (Shared   *shared,
                              guint     item,
                              double   *buffer,
                              Progress *p);

struct _Shared
{
  ItemFunc  func;
  gpointer  job;
  guint     n_items;
  gsize     buffer_len;
  int       next_item;   /* atomic */
  int       done;        /* atomic: draws made so far */
  int       stop;        /* atomic */
};

/* Counts @count more draws made; FALSE once the job is to stop. */
static gboolean
shared_advance (Shared   *s,
                Progress *p,
                guint     count)
{
  int done = g_atomic_int_add (&s->done, (int) count) + (int) count;

  if (p != NULL && !progress_report (p, done))
    g_atomic_int_set (&s->stop, TRUE);
  return !g_atomic_int_get (&s->stop);
}

static void
shared_work (Shared   *s,
             Progress *p)
{
  g_autofree double *buffer = g_new (double, s->buffer_len);

  while (!g_atomic_int_get (&s->stop))
    {
      guint item = (guint) g_atomic_int_add (&s->next_item, 1);

      if (item >= s->n_items)
        break;
      if (!s->func (s, item, buffer, p))
        g_atomic_int_set (&s->stop, TRUE);
    }
}

static gpointer
shared_helper (gpointer data)
{
  shared_work (data, NULL);
  return NULL;
}

/* Runs @func on items 0 .. @n_items − 1 on this thread and up to
 * MAX_HELPERS others; FALSE when stopped. */
static gboolean
shared_run (ItemFunc  func,
            gpointer  job,
            guint     n_items,
            gsize     buffer_len,
            Progress *p)
{
  Shared s = { func, job, n_items, buffer_len, 0, 0, FALSE };
  guint n_helpers = MIN (MIN (g_get_num_processors () - 1, MAX_HELPERS), n_items - 1);
  GThread *helpers[MAX_HELPERS];

  for (guint i = 0; i < n_helpers; i++)
    helpers[i] = g_thread_new ("dlm-samples", shared_helper, &s);
  shared_work (&s, p);
  for (guint i = 0; i < n_helpers; i++)
    g_thread_join (helpers[i]);
  return !g_atomic_int_get (&s.stop);
}

/* ---- the law of large numbers ------------------------------------------- */

void
dlm_lln_free (DlmLln *lln)
{
  if (lln == NULL)
    return;
  g_free (lln->values);
  g_free (lln->at);
  g_free (lln->sums);
  g_free (lln);
}

static void
lln_make_checkpoints (DlmLln *lln)
{
  g_autoptr(GArray) at = g_array_new (FALSE, FALSE, sizeof (guint));
  guint k = 0;

  while (k < lln->n_draws)
    {
      k = k < DENSE_CHECKPOINTS ? k + 1 : MAX (k + 1, (guint) ceil (k * CHECKPOINT_RATIO));
      k = MIN (k, lln->n_draws);
      g_array_append_val (at, k);
    }
  lln->n_checkpoints = at->len;
  lln->at = (guint *) g_array_free (g_steal_pointer (&at), FALSE);
}

typedef struct {
  DlmLln              *lln;
  const DlmPopulation *pop;
  gboolean             biased;
  guint32              seed;
} LlnJob;

/* One run: draws in chunks, the running sum recorded at each checkpoint.
 * Run 0 draws straight into lln->values, the others through @buffer. */
static gboolean
lln_run (Shared   *shared,
         guint     run,
         double   *buffer,
         Progress *p)
{
  LlnJob *job = shared->job;
  DlmLln *lln = job->lln;
  g_autoptr(DlmDraws) draws = dlm_draws_new (dlm_sampling_sub_seed (job->seed, run));
  double *sums = lln->sums + (gsize) run * lln->n_checkpoints, sum = 0;
  guint next = 0;

  for (guint start = 0; start < lln->n_draws; start += CHUNK)
    {
      guint count = MIN (CHUNK, lln->n_draws - start);
      double *chunk = run == 0 ? lln->values + start : buffer;

      if (run == 0)
        prefault (chunk, count * sizeof (double));
      dlm_population_draw (job->pop, draws, job->biased, chunk, count);
      for (guint i = 0; i < count; i++)
        {
          sum += chunk[i];
          if (start + i + 1 == lln->at[next])
            sums[next++] = sum;
        }
      if (!shared_advance (shared, p, count))
        return FALSE;
    }
  return TRUE;
}

DlmLln *
dlm_lln_compute (const DlmPopulation *pop,
                 gboolean             biased,
                 guint                n_draws,
                 guint                n_runs,
                 guint32              seed,
                 DlmSamplingProgress  progress,
                 gpointer             progress_data)
{
  g_autoptr(DlmLln) lln = g_new0 (DlmLln, 1);
  LlnJob job = { lln, pop, biased, seed };
  Progress p;

  g_return_val_if_fail (pop != NULL, NULL);
  g_return_val_if_fail (n_draws >= 1 && n_draws <= DLM_SAMPLING_MAX_DRAWS, NULL);
  g_return_val_if_fail (n_runs >= 1, NULL);
  /* the draws of all runs are counted in an int (Shared.done) */
  g_return_val_if_fail ((guint64) n_draws * n_runs <= G_MAXINT, NULL);

  lln->n_draws = n_draws;
  lln->n_runs = n_runs;
  lln->values = g_new (double, n_draws);
  lln_make_checkpoints (lln);
  lln->sums = g_new (double, (gsize) n_runs * lln->n_checkpoints);
  progress_init (&p, progress, progress_data, (double) n_draws * n_runs);

  if (!shared_run (lln_run, &job, n_runs, MIN (CHUNK, n_draws), &p))
    return NULL;
  return g_steal_pointer (&lln);
}

int
dlm_lln_checkpoint_before (const DlmLln *lln,
                           guint         k)
{
  guint lo = 0, hi;

  g_return_val_if_fail (lln != NULL, -1);

  if (k < lln->at[0])
    return -1;
  /* binary search for the last at[i] <= k */
  hi = lln->n_checkpoints;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (lln->at[mid] <= k)
        lo = mid;
      else
        hi = mid;
    }
  return (int) lo;
}

double
dlm_lln_running_mean (const DlmLln *lln,
                      guint         k)
{
  int c;
  double sum;

  g_return_val_if_fail (lln != NULL, NAN);
  g_return_val_if_fail (k >= 1 && k <= lln->n_draws, NAN);

  c = dlm_lln_checkpoint_before (lln, k);
  sum = lln->sums[c];
  for (guint i = lln->at[c]; i < k; i++)
    sum += lln->values[i];
  return sum / k;
}

/* ---- the sampling distribution ------------------------------------------ */

void
dlm_sample_means_free (DlmSampleMeans *means)
{
  if (means == NULL)
    return;
  g_free (means->means);
  g_free (means);
}

/* Samples are drawn in blocks of whole samples, about BLOCK_DRAWS draws a
 * block, each block from its own generator (sub-seed = block number): the
 * result is the same however many threads share the blocks, and on a
 * machine with several cores they are shared. Within a block, draws are
 * made a few samples at a time into one small buffer per thread and
 * only the samples' means are kept. */
#define BLOCK_DRAWS (1 << 18)

typedef struct {
  const DlmPopulation *pop;
  gboolean             biased;
  guint                n;
  guint                repeats;
  guint                per_block;
  guint32              seed;
  double              *means;
} MeansJob;

/* gsl_stats_mean's recurrence, mean += (x − mean) / (i + 1) in long
 * double, for four samples of @n values side by side (@x holds them one
 * after the other). One sample's chain waits on each division in turn;
 * four independent chains keep the divider busy. The operations and their
 * order are gsl_stats_mean's, so the means are its very bits. */
static void
means4 (const double *x,
        gsize         n,
        double       *out)
{
  long double a = 0, b = 0, c = 0, d = 0;

  for (gsize i = 0; i < n; i++)
    {
      long double k = i + 1;

      a += (x[i] - a) / k;
      b += (x[n + i] - b) / k;
      c += (x[2 * n + i] - c) / k;
      d += (x[3 * n + i] - d) / k;
    }
  out[0] = a, out[1] = b, out[2] = c, out[3] = d;
}

/* The same recurrence for one sample drawn in pieces: @mean after @done
 * values, continued over @count more. */
static long double
mean_continue (long double   mean,
               gsize         done,
               const double *x,
               gsize         count)
{
  for (gsize i = 0; i < count; i++)
    mean += (x[i] - mean) / (long double) (done + i + 1);
  return mean;
}

/* Samples start .. start + count − 1 of a block, drawn from @draws in
 * order, their draws passing through @buffer (CHUNK doubles) and
 * dropped once they are counted in the mean. FALSE when asked to stop. */
static gboolean
means_of_samples (Shared   *shared,
                  Progress *p,
                  DlmDraws *draws,
                  guint     start,
                  guint     count,
                  double   *buffer)
{
  MeansJob *job = shared->job;
  gsize n = job->n;
  guint j = 0;

  if (4 * n <= CHUNK)
    for (; j + 4 <= count; j += 4)
      {
        dlm_population_draw (job->pop, draws, job->biased, buffer, 4 * n);
        means4 (buffer, n, job->means + start + j);
        if (!shared_advance (shared, p, 4 * n))
          return FALSE;
      }
  for (; j < count; j++)
    {
      long double mean = 0;

      for (gsize done = 0; done < n; done += CHUNK)
        {
          gsize piece = MIN (CHUNK, n - done);

          dlm_population_draw (job->pop, draws, job->biased, buffer, piece);
          mean = mean_continue (mean, done, buffer, piece);
          if (!shared_advance (shared, p, piece))
            return FALSE;
        }
      job->means[start + j] = (double) mean;
    }
  return TRUE;
}

static gboolean
means_block (Shared   *shared,
             guint     block,
             double   *buffer,
             Progress *p)
{
  MeansJob *job = shared->job;
  guint start = block * job->per_block;
  guint count = MIN (job->per_block, job->repeats - start);
  g_autoptr(DlmDraws) draws = dlm_draws_new (dlm_sampling_sub_seed (job->seed, block));

  if (job->n > 1)
    return means_of_samples (shared, p, draws, start, count, buffer);
  /* a sample of one is its own mean: draw straight into place */
  prefault (job->means + start, count * sizeof (double));
  dlm_population_draw (job->pop, draws, job->biased, job->means + start, count);
  return shared_advance (shared, p, count);
}

DlmSampleMeans *
dlm_sample_means_compute (const DlmPopulation *pop,
                          gboolean             biased,
                          guint                n,
                          guint                repeats,
                          guint32              seed,
                          DlmSamplingProgress  progress,
                          gpointer             progress_data)
{
  g_autoptr(DlmSampleMeans) result = g_new0 (DlmSampleMeans, 1);
  MeansJob job;
  Progress p;

  g_return_val_if_fail (pop != NULL, NULL);
  g_return_val_if_fail (n >= 1 && repeats >= 1, NULL);
  g_return_val_if_fail ((guint64) n * repeats <= DLM_SAMPLING_MAX_DRAWS, NULL);

  result->n = n;
  result->repeats = repeats;
  result->means = g_new (double, repeats);
  job = (MeansJob) { pop, biased, n, repeats, MAX (1, BLOCK_DRAWS / n), seed, result->means };
  progress_init (&p, progress, progress_data, (double) n * repeats);

  if (!shared_run (means_block, &job, (repeats + job.per_block - 1) / job.per_block,
                   n > 1 ? CHUNK : 1, &p))
    return NULL;
  return g_steal_pointer (&result);
}

/* A spread too small to show beside the mean (σ = 1e-300 beside μ = 170)
 * would give bins narrower than the doubles there can tell apart, and a
 * histogram whose first edge is its last. Such bins are widened to a
 * ten-thousandth of the mean (what the axis's tick labels still tell
 * apart), and never below 1e-100, far above where the axes' arithmetic
 * runs out of digits. */
static double
resolvable_width (double mean,
                  double width)
{
  return MAX (width, MAX (fabs (mean) * 1e-4, 1e-100));
}

double
dlm_sample_means_bin_width (const DlmPopulation *pop,
                            guint                n,
                            double              *origin)
{
  /* without any spread every mean is μ: bins as wide as σ would give */
  double spread = dlm_population_measured_sd (pop) > 0 ? dlm_population_measured_sd (pop)
                                                       : dlm_population_scale (pop);
  double se = spread / sqrt (n);
  double width;

  g_return_val_if_fail (n >= 1, 1);

  if (dlm_population_is_discrete (pop) && pop->noise == 0)
    {
      /* the possible means are k/n: each bin holds a whole number of them */
      double per_bin = MAX (1, round (se / 4 * n));

      *origin = -0.5 / n;
      return per_bin / n;
    }
  width = resolvable_width (dlm_population_mean (pop), se / 4);
  *origin = dlm_population_mean (pop) - width / 2;
  return width;
}

typedef struct {
  gsl_histogram *h;
  const double  *values;
  gsize          count;
} HistogramPart;

static gpointer
count_part (gpointer data)
{
  HistogramPart *part = data;

  for (gsize i = 0; i < part->count; i++)
    gsl_histogram_increment (part->h, part->values[i]);
  return NULL;
}

/* Whole bins from the one holding lo to the one holding hi. A million
 * values or more are counted in two halves on two threads, then added. */
gsl_histogram *
dlm_sample_means_histogram (const double *means,
                            gsize         count,
                            double        lo,
                            double        hi,
                            double        origin,
                            double        width)
{
  double first, last;
  gsl_histogram *h;
  gsize bins, half = count >= 1000000 && g_get_num_processors () > 1 ? count / 2 : 0;
  HistogramPart parts[2];
  GThread *helper = NULL;

  g_return_val_if_fail (width > 0 && lo <= hi, NULL);

  first = origin + floor ((lo - origin) / width) * width;
  last = origin + (floor ((hi - origin) / width) + 1) * width;
  bins = MAX (1, (gsize) llround ((last - first) / width));
  h = gsl_histogram_alloc (bins);
  gsl_histogram_set_ranges_uniform (h, first, last);

  parts[0] = (HistogramPart) { h, means, count - half };
  parts[1] = (HistogramPart) { half > 0 ? gsl_histogram_clone (h) : NULL, means + count - half, half };
  if (half > 0)
    helper = g_thread_new ("dlm-histogram", count_part, &parts[1]);
  count_part (&parts[0]);
  if (helper != NULL)
    {
      g_thread_join (helper);
      gsl_histogram_add (h, parts[1].h);
      gsl_histogram_free (parts[1].h);
    }
  return h;
}
