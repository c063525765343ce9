/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-seeding-private.h"

/* The code card of seeding: each convention's own calls, which the app
 * reproduces to the bit (dlm-rng.c), so the script's numbers are the
 * app's. GSL's stream comes from NumPy's legacy generator, whose seeding
 * GSL shares (but for seed 0, which GSL takes as 4357); GSL's normal
 * numbers (its ziggurat) have no NumPy counterpart, so for them the script
 * calls GSL itself through ctypes, where the library is installed. */

typedef struct {
  const char *seed;             /* seeds the global generator with s; NULL: none */
  const char *run[3];           /* count numbers from it: uniform, normal, integers */
  const char *generator;        /* a generator object seeded with s */
  const char *draw[3];          /* size numbers from generator g */
} Convention;

static const Convention conventions[] = {
  [DLM_RNG_NUMPY] = {
    "np.random.seed(s)",
    { "np.random.rand(count)", "np.random.randn(count)", "np.random.randint(low, high, count)" },
    "np.random.RandomState(s)",
    { "g.rand(size)", "g.randn(size)", "g.randint(low, high, size)" },
  },
  [DLM_RNG_TORCH] = {
    "torch.manual_seed(s)",
    { "torch.rand(count).double().numpy()", NULL, "torch.randint(low, high, (count,)).numpy()" },
    "torch.Generator().manual_seed(s)",
    { "torch.rand(size, generator=g).double().numpy()", NULL,
      "torch.randint(low, high, (size,), generator=g).numpy()" },
  },
  [DLM_RNG_PYTHON] = {
    "random.seed(s)",
    { "[random.random() for _ in range(count)]", "[random.gauss(0, 1) for _ in range(count)]",
      "[random.randrange(low, high) for _ in range(count)]" },
    "random.Random(s)",
    { "[g.random() for _ in range(size)]", "[g.gauss(0, 1) for _ in range(size)]",
      "[g.randrange(low, high) for _ in range(size)]" },
  },
  [DLM_RNG_GSL] = {
    NULL, { NULL, NULL, NULL },
    "np.random.RandomState(s or 4357)",
    { "g.randint(0, 2**32, size=size, dtype=np.uint64) / 2**32", "g.standard_normal(size)", NULL },
  },
  [DLM_RNG_NUMPY_GENERATOR] = {
    NULL, { NULL, NULL, NULL },
    "np.random.default_rng(s)",
    { "g.random(size)", NULL, NULL },
  },
};

typedef struct {
  DlmRngConvention convention;
  DlmRngKind       kind;
  int              count, low, high;
  guint32          seed;
} Params;

static Params
params_of (DlmTopic *topic)
{
  Params p = { .seed = dlm_topic_get_seed (topic) };

  g_object_get (topic, "convention", &p.convention, "distribution", &p.kind, "count", &p.count,
                "low", &p.low, "high", &p.high, NULL);
  return p;
}

/* GSL's normal numbers are its ziggurat's, which NumPy does not have. */
static gboolean
gsl_normal (const Params *p)
{
  return p->convention == DLM_RNG_GSL && p->kind == DLM_RNG_NORMAL;
}

static void
write_parameters (const Params *p,
                  GString      *out)
{
  dlm_code_comment (out, _("The seed (the app's global seed), how many numbers, and the next "
                           "seed, which wraps to 0 after 2³² − 1."));
  g_string_append_printf (out, "seed = %u\ncount = %d\n", p->seed, p->count);
  if (p->kind == DLM_RNG_INTEGERS)
    g_string_append_printf (out, "low, high = %d, %d  # high itself is never drawn\n", p->low, p->high);
  g_string_append (out, "other_seed = (seed + 1) % 2**32\n\n");
}

static void
write_gsl_integers (GString *out)
{
  dlm_code_comment (out, _("gsl_rng_uniform_int: a word divided by (2³² − 1) // n, drawn "
                           "again while the result is n or more; each try takes one word, so "
                           "the numbers kept are the words that pass, in order."));
  g_string_append (out,
                   "def draw(g, size):\n"
                   "    n = high - low\n"
                   "    kept = np.empty(0, dtype=np.uint64)\n"
                   "    while kept.size < size:\n"
                   "        k = g.randint(0, 2**32, size=size, dtype=np.uint64) // ((2**32 - 1) // n)\n"
                   "        kept = np.concatenate([kept, k[k < n]])\n"
                   "    return low + kept[:size].astype(np.int64)\n\n\n");
}

/* GSL's ziggurat, called through ctypes; without the library NumPy's
 * normal numbers stand in and the keys that depend on them are left out. */
static void
write_gsl_normal (GString *out)
{
  dlm_code_comment (out, _("GSL's normal numbers come from its ziggurat method, which NumPy "
                           "does not have: the script asks GSL itself, through ctypes (Debian's "
                           "libgsl27). Where GSL is not installed, NumPy's normal numbers stand "
                           "in, and the first numbers are not printed."));
  g_string_append (out,
                   "try:\n"
                   "    gsl = ctypes.CDLL(ctypes.util.find_library(\"gsl\") or \"libgsl.so.27\")\n"
                   "    gsl.gsl_rng_alloc.restype = ctypes.c_void_p\n"
                   "    gsl.gsl_rng_alloc.argtypes = [ctypes.c_void_p]\n"
                   "    gsl.gsl_rng_set.argtypes = [ctypes.c_void_p, ctypes.c_ulong]\n"
                   "    gsl.gsl_rng_free.argtypes = [ctypes.c_void_p]\n"
                   "    gsl.gsl_ran_gaussian_ziggurat.restype = ctypes.c_double\n"
                   "    gsl.gsl_ran_gaussian_ziggurat.argtypes = [ctypes.c_void_p, ctypes.c_double]\n"
                   "except OSError:\n"
                   "    gsl = None\n\n\n"
                   "class GslGenerator:\n"
                   "    def __init__(self, s):\n"
                   "        self.r = gsl.gsl_rng_alloc(ctypes.c_void_p.in_dll(gsl, \"gsl_rng_mt19937\"))\n"
                   "        gsl.gsl_rng_set(self.r, s)\n\n"
                   "    def __del__(self):\n"
                   "        gsl.gsl_rng_free(self.r)\n\n\n"
                   "def generator(s):\n"
                   "    return GslGenerator(s) if gsl else np.random.RandomState(s or 4357)\n\n\n"
                   "def draw(g, size):\n"
                   "    if gsl is None:\n"
                   "        return g.standard_normal(size)\n"
                   "    return np.array([gsl.gsl_ran_gaussian_ziggurat(g.r, 1.0) for _ in range(size)])\n\n\n");
}

static void
write_generator (const Params *p,
                 GString      *out)
{
  const Convention *c = &conventions[p->convention];

  if (gsl_normal (p))
    {
      write_gsl_normal (out);
      return;
    }
  if (p->convention == DLM_RNG_GSL)
    dlm_code_comment (out, _("GSL's MT19937 is seeded as NumPy's legacy generator (GSL takes 0 as "
                             "4357), so the 32-bit words are the same; gsl_rng_uniform divides a "
                             "word by 2³²."));
  else
    dlm_code_comment (out, _("A generator object of its own, seeded with s: what the two "
                             "generators of the figure are."));
  g_string_append_printf (out, "def generator(s):\n    return %s\n\n\n", c->generator);
  if (p->convention == DLM_RNG_GSL && p->kind == DLM_RNG_INTEGERS)
    write_gsl_integers (out);
  else
    g_string_append_printf (out, "def draw(g, size):\n    return %s\n\n\n", c->draw[p->kind]);
}

static void
write_torch_fallback (const Params *p,
                      GString      *out)
{
  dlm_code_comment (out, _("Without PyTorch, the same numbers: its CPU generator is MT19937 "
                           "seeded as NumPy's legacy one; torch.rand keeps the low 24 bits of a "
                           "32-bit word (a float32 in [0, 1)), torch.randint takes a word modulo "
                           "high − low."));
  g_string_append (out,
                   "if torch is None:\n"
                   "    def generator(s):\n"
                   "        return np.random.RandomState(s)\n\n"
                   "    def draw(g, size):\n"
                   "        words = g.randint(0, 2**32, size=size, dtype=np.uint64)\n");
  if (p->kind == DLM_RNG_INTEGERS)
    g_string_append (out, "        return low + (words % (high - low)).astype(np.int64)\n\n");
  else
    g_string_append (out, "        return (words & 0xFFFFFF) / 2**24\n\n");
  g_string_append (out,
                   "    def run(s):\n"
                   "        return draw(generator(s), count)\n\n\n");
}

static void
write_run (const Params *p,
           GString      *out)
{
  const Convention *c = &conventions[p->convention];

  if (c->seed != NULL)
    {
      dlm_code_comment (out, _("Seeding the global generator starts its sequence again: the "
                               "same seed, the same numbers."));
      g_string_append_printf (out, "def run(s):\n    %s\n    return %s\n\n\n", c->seed, c->run[p->kind]);
    }
  else
    g_string_append (out, "def run(s):\n    return draw(generator(s), count)\n\n\n");
  if (p->convention == DLM_RNG_TORCH)
    write_torch_fallback (p, out);
}

static void
write_rows (const Params *p,
            GString      *out)
{
  const char *name = dlm_rng_convention_to_string (p->convention);
  g_autofree char *convention = NULL;
  GString *quoted = g_string_new (NULL);

  dlm_code_string (quoted, name);
  convention = g_string_free (quoted, FALSE);
  dlm_code_comment (out, _("The figure's first rows: a run from the seed, the same seed again "
                           "(the same numbers), and the next seed (other numbers)."));
  g_string_append (out,
                   "values = run(seed)\n"
                   "again = run(seed)\n"
                   "other = run(other_seed)\n\n");
  dlm_code_comment (out, _("Two generators: A draws 4 numbers, is reset (seeded again) and "
                           "draws the same 4; B, seeded apart, goes on with its own sequence."));
  g_string_append (out,
                   "a = generator(seed)\n"
                   "row_a = list(draw(a, 4))\n"
                   "a = generator(seed)\n"
                   "row_a += list(draw(a, 4))\n"
                   "row_b = list(draw(generator(other_seed), 8))\n\n");
  dlm_code_show (out, "convention", convention);
  dlm_code_show (out, "seed", "seed");
  dlm_code_show (out, "count", "count");
  if (gsl_normal (p))
    g_string_append (out, "if gsl:\n    ");
  dlm_code_show (out, "first", "values[0]");
  dlm_code_show (out, "other_seed", "other_seed");
  if (gsl_normal (p))
    g_string_append (out, "if gsl:\n    ");
  dlm_code_show (out, "other_first", "other[0]");
}

void
dlm_seeding_write_code (DlmTopic *topic,
                        GString  *out)
{
  Params p = params_of (topic);

  if (p.convention == DLM_RNG_PYTHON)
    g_string_append (out, "import random\n");
  if (gsl_normal (&p))
    g_string_append (out, "import ctypes\nimport ctypes.util\n");
  dlm_code_begin (out, DLM_CODE_NUMPY | (p.convention == DLM_RNG_TORCH ? DLM_CODE_TORCH : 0));
  write_parameters (&p, out);
  write_generator (&p, out);
  write_run (&p, out);
  write_rows (&p, out);
}

/* ---- the figure's main panel --------------------------------------------- */

/* plt.plot(i, ROW[:shown], STYLE, label=f"LABEL"): the label an f-string,
 * {seed} and {other_seed} filled in by Python. */
static void
plot_row (GString    *out,
          const char *row,
          const char *style,
          const char *label)
{
  g_string_append_printf (out, "plt.plot(i, %s[:shown], %s, label=f", row, style);
  dlm_code_string (out, label);
  g_string_append (out, ")\n");
}

void
dlm_seeding_write_plot_code (DlmTopic *topic,
                             GString  *out)
{
  g_autofree char *seed_label = g_strdup_printf (_("seed %s"), "{seed}");
  g_autofree char *again_label = g_strdup_printf (_("seed %s again"), "{seed}");
  g_autofree char *other_label = g_strdup_printf (_("seed %s"), "{other_seed}");

  g_string_append (out,
                   "import matplotlib.pyplot as plt\n\n"
                   "shown = min(count, 12)\n"
                   "i = np.arange(shown)\n");
  plot_row (out, "values", "\"o\", markersize=9", seed_label);
  plot_row (out, "again", "\"x\", markersize=12, color=\"black\"", again_label);
  plot_row (out, "other", "\"s\"", other_label);
  g_string_append (out, "plt.xticks(i)\nplt.legend()\n");
  dlm_code_labels (out, _("position i (0-based)"), _("value"),
                   _("The same seed gives the same numbers"));
  g_string_append (out, "plt.show()\n");
}
