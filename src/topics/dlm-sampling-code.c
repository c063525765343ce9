/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-code.h"
#include "dlm-sampling-private.h"

/* The code card of sampling. The app draws from NumPy's legacy generator
 * (np.random.RandomState), seeded as GSL seeds its MT19937 (0 becomes
 * 4357): uniform numbers are one 32-bit word / 2³², as gsl_rng_uniform
 * makes them, normal numbers NumPy's own (the polar method). Each stream
 * (members, bimodal places, noise) has its own generator, so the script's
 * whole-array draws are the app's one-at-a-time draws, to the bit. */

static gboolean
members_identical (DlmSamplingTopic *self)
{
  return !self->natural && self->distribution != DLM_POPULATION_COIN;
}

static void
write_number (GString    *out,
              const char *name,
              double      value)
{
  g_string_append_printf (out, "%s = ", name);
  dlm_code_float (out, value);
  g_string_append_c (out, '\n');
}

static void
write_parameters (DlmSamplingTopic *self,
                  GString          *out)
{
  gboolean coin = self->distribution == DLM_POPULATION_COIN;

  dlm_code_comment (out, _("The population and how it is sampled, as set in the app."));
  if (!coin)
    {
      write_number (out, "mu", self->mu);
      write_number (out, "sigma", self->sigma);
    }
  if (self->noise > 0)
    write_number (out, "tau", self->noise);
  g_string_append_printf (out, "biased = %s\n", self->biased ? "True" : "False");
  g_string_append_printf (out, "seed = %u\n", dlm_topic_get_seed (DLM_TOPIC (self)));
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    g_string_append_printf (out, "draws, runs = %d, %d\n", self->draws, self->runs + 1);
  else
    g_string_append_printf (out, "n, repeats = %d, %d\n", self->n, self->repeats);
  g_string_append_printf (out, "step = %d\n\n", self->step);
}

static void
write_generator (DlmSamplingTopic *self,
                 GString          *out)
{
  dlm_code_comment (out, _("The app draws from NumPy's legacy generator, seeded as GSL seeds its "
                           "MT19937 (0 counts as 4357). A uniform number in [0, 1) is one 32-bit "
                           "word divided by 2³², as GSL makes it; a normal number is NumPy's own."));
  g_string_append (out,
                   "def generator(s):\n"
                   "    return np.random.RandomState(int(s) or 4357)\n\n\n"
                   "def uniform(rng, size):\n"
                   "    return rng.randint(0, 2**32, size=size, dtype=np.uint64) / 2**32\n\n\n");
}

/* members(rng, size): @size members' true values drawn from rng, with a
 * comment above that says how. */
static void
write_population (DlmSamplingTopic *self,
                  GString          *out)
{
  const char *comment, *body;

  switch (members_identical (self) ? (DlmPopulationKind) -1 : self->distribution)
    {
    case DLM_POPULATION_NORMAL:
      comment = _("N(μ, σ²): μ plus σ times a standard normal number.");
      body = "    return mu + sigma * rng.standard_normal(size)\n";
      break;
    case DLM_POPULATION_UNIFORM:
      comment = _("Flat from μ − √3 σ to μ + √3 σ (so its σ is σ), as gsl_ran_flat makes it: "
                  "a (1 − u) + b u.");
      body = "    a, b = mu - np.sqrt(3) * sigma, mu + np.sqrt(3) * sigma\n"
             "    u = uniform(rng, size)\n"
             "    return a * (1 - u) + b * u\n";
      break;
    case DLM_POPULATION_EXPONENTIAL:
      comment = _("μ − σ plus an exponential number of mean σ, −σ log(1 − u) as "
                  "gsl_ran_exponential makes it: skewed to the right, mean μ, sd σ. (NumPy's "
                  "log1p may differ from the C library's in the last bit.)");
      body = "    return mu - sigma + -sigma * np.log1p(-uniform(rng, size))\n";
      break;
    case DLM_POPULATION_BIMODAL:
      comment = _("Two humps at μ ± 0.8 σ, each N(·, (0.6 σ)²): a coin picks the hump, then a "
                  "normal number from the second generator the place in it.");
      body = "    hump = np.where(uniform(rng, size) < 0.5, mu + 0.8 * sigma, mu - 0.8 * sigma)\n"
             "    return hump + 0.6 * sigma * places.standard_normal(size)\n";
      break;
    case DLM_POPULATION_COIN:
      comment = _("A fair coin: 1 (heads) when u < 0.5, as gsl_ran_bernoulli.");
      body = "    return (uniform(rng, size) < 0.5).astype(float)\n";
      break;
    default:
      comment = _("Everyone is μ: no spread, nothing is drawn.");
      body = "    return np.full(size, mu)\n";
      break;
    }
  dlm_code_comment (out, comment);
  g_string_append_printf (out, "def members(rng, places, size):\n%s\n\n", body);
}

/* The median and the mean above it: where a biased sample converges. */
static void
write_median (DlmSamplingTopic *self,
              GString          *out)
{
  dlm_code_comment (out, _("The population's median, and the mean of the members above it: "
                           "where the mean of a biased sample goes."));
  if (members_identical (self))
    {
      g_string_append (out, "median = biased_mean = mu\n\n");
      return;
    }
  switch (self->distribution)
    {
    case DLM_POPULATION_UNIFORM:
      g_string_append (out, "median = mu\nbiased_mean = mu + np.sqrt(3) * sigma / 2\n\n");
      break;
    case DLM_POPULATION_EXPONENTIAL:
      g_string_append (out, "median = mu - sigma + sigma * math.log(2)\nbiased_mean = median + sigma\n\n");
      break;
    case DLM_POPULATION_COIN:
      g_string_append (out, "median = 0.5\nbiased_mean = 1\n\n");
      break;
    case DLM_POPULATION_BIMODAL:
      dlm_code_comment (out, _("μ + 2 E[(X − μ)⁺] over the two humps (GSL's normal cdf and "
                               "math.erf may differ in the last digits)."));
      g_string_append (out,
                       "d, s = 0.8 * sigma, 0.6 * sigma\n"
                       "median = mu\n"
                       "biased_mean = (mu + d * (2 * (0.5 + 0.5 * math.erf(d / s / math.sqrt(2))) - 1)\n"
                       "               + 2 * s * (1 / np.sqrt(2 * np.pi)) * np.exp(-(d / s)**2 / 2))\n\n");
      break;
    case DLM_POPULATION_NORMAL:
    default:
      g_string_append (out, "median = mu\nbiased_mean = mu + sigma * 2 * (1 / np.sqrt(2 * np.pi))\n\n");
      break;
    }
}

static void
write_sample (DlmSamplingTopic *self,
              GString          *out)
{
  dlm_code_comment (out, _("size measured values of a run seeded with s. Three generators: the "
                           "members from s, a bimodal member's place in its hump from s + 1, the "
                           "measurement noise from s + 2. A biased sample keeps only members above "
                           "the median, in the order drawn; noise adds N(0, τ²) to each value kept."));
  g_string_append (out,
                   "def sample(s, size):\n"
                   "    rng, places, noise = (generator((int(s) + k) % 2**32) for k in range(3))\n"
                   "    values = members(rng, places, size)\n");
  /* members without spread are all μ: there is nothing to choose from */
  if (!members_identical (self))
    g_string_append (out,
                     "    while biased and np.sum(values > median) < size:\n"
                     "        values = np.concatenate([values, members(rng, places, size)])\n"
                     "    if biased:\n"
                     "        values = values[values > median][:size]\n");
  if (self->noise > 0)
    g_string_append (out, "    values = values + tau * noise.standard_normal(size)\n");
  g_string_append (out, "    return values\n\n\n");
}

static void
show_if (GString    *out,
                  const char *key,
                  const char *expression,
                  const char *condition)
{
  if (condition != NULL)
    g_string_append_printf (out, "if %s:\n    ", condition);
  dlm_code_show (out, key, expression);
}

static void
write_lln (DlmSamplingTopic *self,
           GString          *out)
{
  dlm_code_comment (out, _("Each run has its own generator, seeded with the next word of one "
                           "seeded with the global seed. The running mean adds the draws one "
                           "after the other, as np.cumsum does."));
  g_string_append (out,
                   "sub_seeds = generator(seed).randint(0, 2**32, size=runs, dtype=np.uint64)\n"
                   "values = np.array([sample(s, draws) for s in sub_seeds])\n"
                   "running = np.cumsum(values, axis=1) / np.arange(1, draws + 1)\n"
                   "shown = min(step, draws)\n\n");
  dlm_code_comment (out, _("The runs are compared at the app's last checkpoint of the running "
                           "sums at or before the draws shown: every draw up to 2048, then one "
                           "each time the count grows by 0.1 %, and the last draw."));
  if (MIN (self->step, self->draws) <= 2048 || self->step >= self->draws)
    g_string_append (out, "checkpoint = shown\n\n");
  else
    g_string_append (out,
                     "checkpoint = 0\n"
                     "while checkpoint < shown:\n"
                     "    following = checkpoint + 1 if checkpoint < 2048 else max(checkpoint + 1, math.ceil(checkpoint * 1.001))\n"
                     "    if min(following, draws) > shown:\n"
                     "        break\n"
                     "    checkpoint = min(following, draws)\n\n");
  dlm_code_show (out, "draws", "shown");
  dlm_code_show (out, "runs", "runs");
  show_if (out, "mean", "running[0, shown - 1]", "shown > 0");
  dlm_code_comment (out, _("The spread between the runs' means (GSL's sd, in long double, and "
                           "NumPy's agree to about 1e-15)."));
  show_if (out, "sd_between_runs", "np.std(running[:, checkpoint - 1], ddof=1)",
                    "shown > 0 and runs > 1");
  g_string_append (out, "if shown > 0:\n    ");
  dlm_code_show (out, "band_half_width", "measured_sd / np.sqrt(shown)");
}

static void
write_distribution (DlmSamplingTopic *self,
                    GString          *out)
{
  dlm_code_comment (out, _("The app draws whole samples in blocks of about 2¹⁸ draws, each block "
                           "from its own generator, seeded with the next word of one seeded with "
                           "the global seed; each row is one sample, its mean one value of the "
                           "histogram. (GSL averages with a running mean in long double, NumPy "
                           "adds pairwise: a mean may differ in its last bit.)"));
  g_string_append (out,
                   "per_block = max(1, 2**18 // n)\n"
                   "blocks = -(-repeats // per_block)\n"
                   "sub_seeds = generator(seed).randint(0, 2**32, size=blocks, dtype=np.uint64)\n"
                   "means = np.concatenate([\n"
                   "    sample(s, min(per_block, repeats - b * per_block) * n).reshape(-1, n).mean(axis=1)\n"
                   "    for b, s in enumerate(sub_seeds)])\n"
                   "shown = means[:step]\n\n");
  dlm_code_show (out, "n", "n");
  dlm_code_show (out, "repeats", "shown.size");
  show_if (out, "mean_of_means", "shown.mean()", "shown.size > 0");
  if (MIN (self->step, self->repeats) > 1 &&
      self->distribution != DLM_POPULATION_COIN && !members_identical (self) &&
      fabs (self->mu) * 1e-4 > self->sigma / sqrt (self->n))
    dlm_code_not_reproduced (out, "sd_of_means",
                             _("the means' spread is below 1e-4 of their size, so the last bit "
                               "in which GSL's and NumPy's means may differ is more than 1e-12 "
                               "of it."));
  else
    show_if (out, "sd_of_means", "shown.std(ddof=1)", "shown.size > 1");
  dlm_code_show (out, "standard_error", "measured_sd / np.sqrt(n)");
}

static void
write_population_keys (DlmSamplingTopic *self,
                       GString          *out)
{
  gboolean coin = self->distribution == DLM_POPULATION_COIN;

  dlm_code_comment (out, _("What the population is: the members' spread, and the measured "
                           "values' √(σ² + τ²), which the mean of n values scatters by, divided by √n."));
  g_string_append_printf (out,
                          "population_mean = %s\n"
                          "population_sd = %s\n"
                          "noise_sd = %s\n"
                          "measured_sd = np.hypot(population_sd, noise_sd)\n\n",
                          coin ? "0.5" : "mu",
                          coin ? "0.5" : members_identical (self) ? "0.0" : "sigma",
                          self->noise > 0 ? "tau" : "0.0");
}

static void
write_population_summary (DlmSamplingTopic *self,
                          GString          *out)
{
  dlm_code_show (out, "population_mean", "population_mean");
  dlm_code_show (out, "population_sd", "population_sd");
  dlm_code_show (out, "noise_sd", "noise_sd");
  dlm_code_show (out, "measured_sd", "measured_sd");
  if (self->biased)
    dlm_code_show (out, "biased_mean", "biased_mean");
}

void
dlm_sampling_write_code (DlmTopic *topic,
                         GString  *out)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);

  dlm_code_begin (out, DLM_CODE_MATH | DLM_CODE_NUMPY);
  write_parameters (self, out);
  write_population_keys (self, out);
  write_median (self, out);
  write_generator (self, out);
  write_population (self, out);
  write_sample (self, out);
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    write_lln (self, out);
  else
    write_distribution (self, out);
  write_population_summary (self, out);
}

/* ---- the figure's main panel --------------------------------------------- */

void
dlm_sampling_write_plot_code (DlmTopic *topic,
                              GString  *out)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    {
      g_string_append (out,
                       "k = np.unique(np.geomspace(1, max(shown, 1), 2000).astype(int))\n"
                       "for run in running[1:]:\n"
                       "    plt.plot(k, run[k - 1], color=\"gray\", alpha=0.3, linewidth=0.8)\n"
                       "plt.plot(k, running[0, k - 1], label=\"running mean\")\n"
                       "plt.plot(k, population_mean + measured_sd / np.sqrt(k), \"--\", color=\"tab:orange\")\n"
                       "plt.plot(k, population_mean - measured_sd / np.sqrt(k), \"--\", color=\"tab:orange\")\n"
                       "plt.axhline(population_mean, color=\"black\", linewidth=0.8)\n"
                       "if measured_sd > 0:\n"
                       "    plt.ylim(population_mean - 4 * measured_sd, population_mean + 4 * measured_sd)\n");
      dlm_code_labels (out, _("number of draws n"), _("mean of the draws so far"),
                       _("The law of large numbers"));
    }
  else
    {
      g_string_append (out,
                       "plt.hist(shown, bins=40, density=True, alpha=0.6)\n"
                       "se = measured_sd / np.sqrt(n)\n"
                       "if se > 0:\n"
                       "    grid = np.linspace(population_mean - 4 * se, population_mean + 4 * se, 200)\n"
                       "    plt.plot(grid, np.exp(-((grid - population_mean) / se)**2 / 2) / (se * np.sqrt(2 * np.pi)))\n");
      dlm_code_labels (out, _("mean of one sample"), _("density"),
                       _("The sampling distribution of the mean"));
    }
  g_string_append (out, "plt.show()\n");
}
