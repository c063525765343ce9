/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-entropy.h"
#include "dlm-entropy-private.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"

#define CSV_SAMPLES 101
/* How near (px) to the top of a bar a press must be to pick it up. */
#define GRAB_RADIUS 24


G_DEFINE_ENUM_TYPE (DlmEntropyView, dlm_entropy_view,
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_VIEW_BINARY, "binary"),
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_VIEW_DISTRIBUTION, "distribution"),
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_VIEW_CROSS, "cross"))

G_DEFINE_ENUM_TYPE (DlmEntropyBase, dlm_entropy_base,
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_BASE_2, "2"),
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_BASE_E, "e"),
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_BASE_10, "10"))

G_DEFINE_ENUM_TYPE (DlmEntropyTarget, dlm_entropy_target,
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_TARGET_ONEHOT, "onehot"),
  G_DEFINE_ENUM_VALUE (DLM_ENTROPY_TARGET_DIST, "dist"))

G_DEFINE_FINAL_TYPE (DlmEntropyTopic, dlm_entropy_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_BASE,
  PROP_P,
  PROP_DIST,
  PROP_Q,
  PROP_TARGET,
  PROP_TRUTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- numbers ------------------------------------------------------------ */

typedef struct {
  double      value;
  const char *log_markup;   /* "log<sub>2</sub>" */
  const char *unit;         /* untranslated, N_() marked */
} BaseInfo;

static const BaseInfo bases[] = {
  [DLM_ENTROPY_BASE_2]  = { 2.0,  "log<sub>2</sub>",  N_("bits") },
  [DLM_ENTROPY_BASE_E]  = { M_E,  "ln",               N_("nats") },
  [DLM_ENTROPY_BASE_10] = { 10.0, "log<sub>10</sub>", N_("hartleys") },
};

double
dlm_entropy_topic_base_value (DlmEntropyTopic *self)
{
  return bases[self->base].value;
}

/* "log<sub>2</sub>", "ln" or "log<sub>10</sub>", for formulas. */
const char *
dlm_entropy_topic_log_markup (DlmEntropyTopic *self)
{
  return bases[self->base].log_markup;
}

const char *
dlm_entropy_topic_unit (DlmEntropyTopic *self)
{
  return _(bases[self->base].unit);
}

const double *
dlm_entropy_topic_values (GArray *array)
{
  return (const double *) array->data;
}

/* A number for a label: at most 3 decimals, no trailing zeros. */
char *
dlm_entropy_topic_short_number (double value)
{
  g_autofree char *t = dlm_format_short (value, 3);

  if (isfinite (value) && strchr (t, '.') != NULL && strchr (t, 'e') == NULL)
    {
      char *end = t + strlen (t) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return g_steal_pointer (&t);
}

/* A measure with its unit: "1 bit", "0.515 bits", "∞". */
char *
dlm_entropy_topic_amount (DlmEntropyTopic *self,
                          double           value)
{
  g_autofree char *v = dlm_entropy_topic_short_number (value);
  gulong n = g_strcmp0 (v, "1") == 0 ? 1 : 2;

  if (isinf (value))
    return g_steal_pointer (&v);
  switch (self->base)
    {
    case DLM_ENTROPY_BASE_E:  return g_strdup_printf (ngettext ("%s nat", "%s nats", n), v);
    case DLM_ENTROPY_BASE_10: return g_strdup_printf (ngettext ("%s hartley", "%s hartleys", n), v);
    case DLM_ENTROPY_BASE_2:
    default:                  return g_strdup_printf (ngettext ("%s bit", "%s bits", n), v);
    }
}

/* The true distribution of the cross-entropy: one-hot at @truth, or dist. */
GArray *
dlm_entropy_topic_truth_distribution (DlmEntropyTopic *self)
{
  GArray *p;

  if (self->target == DLM_ENTROPY_TARGET_DIST)
    return g_array_ref (self->dist.used);
  p = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (p, self->q.used->len);
  if (self->truth >= 0 && (guint) self->truth < p->len)
    g_array_index (p, double, self->truth) = 1;
  return p;
}

Cross
dlm_entropy_topic_cross_numbers (DlmEntropyTopic *self)
{
  g_autoptr(GArray) p = dlm_entropy_topic_truth_distribution (self);
  double b = dlm_entropy_topic_base_value (self);
  guint n = MIN (p->len, self->q.used->len);
  Cross c = {
    dlm_entropy (dlm_entropy_topic_values (p), p->len, b),
    dlm_cross_entropy (dlm_entropy_topic_values (p), dlm_entropy_topic_values (self->q.used), n, b),
    dlm_kl_divergence (dlm_entropy_topic_values (p), dlm_entropy_topic_values (self->q.used), n, b),
    self->truth < (int) self->q.used->len ? dlm_entropy_topic_values (self->q.used)[self->truth] : NAN,
  };

  return c;
}

double
dlm_entropy_topic_dist_entropy (DlmEntropyTopic *self)
{
  return dlm_entropy (dlm_entropy_topic_values (self->dist.used), self->dist.used->len, dlm_entropy_topic_base_value (self));
}

double
dlm_entropy_topic_binary_func (double   x,
                               gpointer data)
{
  /* no p outside [0, 1]: a gap there, not a flat line (the plot's frame
   * has a little room beyond 0 and 1) */
  if (x < 0 || x > 1)
    return NAN;
  return dlm_binary_entropy (x, dlm_entropy_topic_base_value (data));
}

/* ---- render --------------------------------------------------------------- */

static const char *
view_title (DlmEntropyTopic *self)
{
  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION: return _("Entropy: how uncertain a distribution is");
    case DLM_ENTROPY_VIEW_CROSS:        return _("Cross-entropy: the loss of a prediction q for the truth p");
    case DLM_ENTROPY_VIEW_BINARY:
    default:                            return _("Binary entropy: the uncertainty of a coin");
    }
}

/* The one rule for a total other than 1, the same in the window and on
 * the command line: divide by the total, and say so on the figure. */
static char *
normalised_notice (DlmEntropyTopic *self)
{
  GString *text = g_string_new (NULL);
  Dist *fields[] = { &self->dist, &self->q };
  const char *names[] = { "dist", "q" };
  /* only of the fields the view uses */
  gboolean shown[] = {
    self->view == DLM_ENTROPY_VIEW_DISTRIBUTION ||
    (self->view == DLM_ENTROPY_VIEW_CROSS && self->target == DLM_ENTROPY_TARGET_DIST),
    self->view == DLM_ENTROPY_VIEW_CROSS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (shown[i] && fields[i]->normalised)
      {
        g_autofree char *t = dlm_format_short (fields[i]->total, -1);
        if (text->len > 0)
          g_string_append_c (text, '\n');
        g_string_append_printf (text, _("%s added up to %s; divided by it to total 1"), names[i], t);
      }
  return g_string_free (text, text->len == 0);
}

static void
dlm_entropy_topic_render (DlmTopic       *topic,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  g_autofree char *notice = normalised_notice (self);
  DlmRect area = dlm_figure_begin_noticed (cr, theme, width, height, view_title (self), notice);

  self->panel.valid = FALSE;
  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      dlm_entropy_render_distribution (self, cr, theme, area);
      break;
    case DLM_ENTROPY_VIEW_CROSS:
      dlm_entropy_render_cross (self, cr, theme, area);
      break;
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      dlm_entropy_render_binary (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------ */

/* The binary view: its curve H(p), sampled every 1/100th of p. */
static void
write_binary_csv (DlmEntropyTopic *self,
                  GString         *out)
{
  g_string_append (out, "index,p,entropy\n");
  for (guint i = 0; i < CSV_SAMPLES; i++)
    {
      double p = (double) i / (CSV_SAMPLES - 1);

      g_string_append_printf (out, "%u,", i);
      dlm_format_number (out, p);
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_binary_entropy (p, dlm_entropy_topic_base_value (self)));
      g_string_append_c (out, '\n');
    }
}

/* The distribution view: each outcome's probability (as used, after a
 * total other than 1 was divided out) and its part −p log p of H. */
static void
write_distribution_csv (DlmEntropyTopic *self,
                        GString         *out)
{
  const double *p = dlm_entropy_topic_values (self->dist.used);
  double b = dlm_entropy_topic_base_value (self);

  g_string_append (out, "index,probability,part\n");
  for (guint i = 0; i < self->dist.used->len; i++)
    {
      g_string_append_printf (out, "%u,", i);
      dlm_format_number (out, p[i]);
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_entropy (&p[i], 1, b));
      g_string_append_c (out, '\n');
    }
}

/* The cross-entropy view: per class the truth p, the prediction q and
 * the term −p log q they add to the cross-entropy (0 where p is 0, inf
 * where q gives a true class 0). */
static void
write_cross_csv (DlmEntropyTopic *self,
                 GString         *out)
{
  g_autoptr(GArray) truth = dlm_entropy_topic_truth_distribution (self);
  const double *p = dlm_entropy_topic_values (truth), *q = dlm_entropy_topic_values (self->q.used);
  double b = dlm_entropy_topic_base_value (self);

  g_string_append (out, "index,p,q,term\n");
  for (guint i = 0; i < self->q.used->len; i++)
    {
      g_string_append_printf (out, "%u,", i);
      dlm_format_number (out, p[i]);
      g_string_append_c (out, ',');
      dlm_format_number (out, q[i]);
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_cross_entropy (&p[i], &q[i], 1, b));
      g_string_append_c (out, '\n');
    }
}

static void
dlm_entropy_topic_write_csv (DlmTopic *topic,
                             GString  *out)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);

  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      write_distribution_csv (self, out);
      break;
    case DLM_ENTROPY_VIEW_CROSS:
      write_cross_csv (self, out);
      break;
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      write_binary_csv (self, out);
      break;
    }
}

/* Every key means one quantity in every view, all in the chosen base:
 * "entropy" is the binary entropy H(p) of the coin, as the binary view's
 * CSV column of that name (the same number as "binary_entropy");
 * "dist_entropy" is the distribution's, "truth_entropy" the truth's of the
 * cross-entropy. Those keys are written in every view, as they always
 * were; each view adds the quantities of what it draws. */
static void
add_view_keys (DlmEntropyTopic *self,
               const Cross     *c,
               GString         *out)
{
  double b = dlm_entropy_topic_base_value (self), n = self->dist.used->len;

  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      dlm_summary_add_number (out, "outcomes", n);
      dlm_summary_add_number (out, "entropy_share", n > 1 ? dlm_entropy_topic_dist_entropy (self) / (log (n) / log (b)) : 1);
      break;
    case DLM_ENTROPY_VIEW_CROSS:
      dlm_summary_add_number (out, "classes", self->q.used->len);
      if (self->target == DLM_ENTROPY_TARGET_ONEHOT)
        dlm_summary_add_number (out, "q_true", c->q_true);
      break;
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      dlm_summary_add_number (out, "surprise_heads", -log (self->p) / log (b) + 0.0);
      dlm_summary_add_number (out, "surprise_tails", -log (1 - self->p) / log (b) + 0.0);
      break;
    }
}

static void
dlm_entropy_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  Cross c = dlm_entropy_topic_cross_numbers (self);
  double b = dlm_entropy_topic_base_value (self), n = self->dist.used->len;

  dlm_summary_add_number (out, "entropy", dlm_binary_entropy (self->p, b));
  dlm_summary_add_number (out, "cross_entropy", c.cross);
  dlm_summary_add_number (out, "kl", c.kl);
  dlm_summary_add_number (out, "base", b);
  dlm_summary_add_number (out, "binary_entropy", dlm_binary_entropy (self->p, b));
  dlm_summary_add_number (out, "dist_entropy", dlm_entropy_topic_dist_entropy (self));
  dlm_summary_add_number (out, "max_entropy", log (n) / log (b));
  dlm_summary_add_number (out, "truth_entropy", c.entropy);
  dlm_summary_add_number (out, "normalised", self->dist.normalised || self->q.normalised);
  add_view_keys (self, &c, out);
}

static char *
describe_cross (DlmEntropyTopic *self)
{
  Cross c = dlm_entropy_topic_cross_numbers (self);
  g_autofree char *ce = dlm_entropy_topic_amount (self, c.cross), *h = dlm_entropy_topic_amount (self, c.entropy), *kl = dlm_entropy_topic_amount (self, c.kl);

  if (self->target == DLM_ENTROPY_TARGET_DIST)
    return g_strdup_printf (_("Bars of the true distribution p (dist) and the prediction q side "
                              "by side for %u classes. Cross-entropy %s, entropy of p %s, "
                              "KL divergence %s."), self->q.used->len, ce, h, kl);
  return g_strdup_printf (_("Bars of a one-hot truth p, with class %d true, and the prediction "
                            "q side by side for %u classes. The cross-entropy is minus the log "
                            "of q for the true class: %s; p has entropy %s, so the KL "
                            "divergence is %s."), self->truth, self->q.used->len, ce, h, kl);
}

static char *
describe_view (DlmEntropyTopic *self)
{
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *h = dlm_entropy_topic_amount (self, dlm_binary_entropy (self->p, dlm_entropy_topic_base_value (self)));
  g_autofree char *top = dlm_entropy_topic_amount (self, dlm_binary_entropy (0.5, dlm_entropy_topic_base_value (self)));
  guint n = self->dist.used->len;
  g_autofree char *dh = dlm_entropy_topic_amount (self, dlm_entropy_topic_dist_entropy (self));
  g_autofree char *most = dlm_entropy_topic_amount (self, log (n) / log (dlm_entropy_topic_base_value (self)));

  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      return g_strdup_printf (_("Bars of a distribution over %u outcomes with entropy %s. "
                                "The uniform distribution would have the most, %s; a single "
                                "certain outcome would have 0."), n, dh, most);
    case DLM_ENTROPY_VIEW_CROSS:
      return describe_cross (self);
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      return g_strdup_printf (_("The binary entropy curve H(p) for p from 0 to 1: 0 at both ends, "
                                "rising to %s at p = 0.5. The marker at p = %s sits at %s."),
                              top, pt, h);
    }
}

/* The view's words, then the notice the figure shows when a total other
 * than 1 was divided out. */
static char *
dlm_entropy_topic_describe (DlmTopic *topic)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  g_autofree char *text = describe_view (self);
  g_autofree char *notice = normalised_notice (self);
  g_autofree char *line = NULL;

  if (notice == NULL)
    return g_steal_pointer (&text);
  line = g_strdelimit (g_steal_pointer (&notice), "\n", ';');
  return g_strdup_printf ("%s %s.", text, line);
}

static char *
dlm_entropy_topic_formula (DlmTopic *topic)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  const char *log = bases[self->base].log_markup;

  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      return g_strdup_printf ("H(p) = −Σ<sub>i</sub> p<sub>i</sub> %s p<sub>i</sub>", log);
    case DLM_ENTROPY_VIEW_CROSS:
      return g_strdup_printf ("H(p, q) = −Σ<sub>i</sub> p<sub>i</sub> %s q<sub>i</sub>,   "
                              "KL(p ‖ q) = H(p, q) − H(p)", log);
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      return g_strdup_printf ("H(p) = −p %s p − (1 − p) %s (1 − p)", log, log);
    }
}

static char *
dlm_entropy_topic_explanation (DlmTopic *topic)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  const char *rule = _(" Probabilities may not be negative; a list whose total is not 1 is "
                       "divided by its total, and the figure says so.");
  g_autofree char *half = dlm_entropy_topic_amount (self, dlm_binary_entropy (0.5, dlm_entropy_topic_base_value (self)));
  g_autofree char *coin = NULL;
  const char *text;

  switch (self->view)
    {
    case DLM_ENTROPY_VIEW_DISTRIBUTION:
      text = _("Entropy is the average surprise, −log p, of the outcomes. It is largest, "
               "log n, when all n outcomes are equally likely and 0 when one is certain. "
               "Unlike the variance it depends only on the probabilities, not on the values "
               "or positions of the outcomes.");
      break;
    case DLM_ENTROPY_VIEW_CROSS:
      text = _("Cross-entropy scores a prediction q against the truth p. With a one-hot p, as "
               "in classification, it is simply −log of the probability given to the right "
               "class: 0 for a sure right answer, ∞ for a sure wrong one. The KL divergence "
               "is the part due to q differing from p and is never negative.");
      break;
    case DLM_ENTROPY_VIEW_BINARY:
    default:
      /* TRANSLATORS: %s is the entropy of a fair coin in the chosen unit, "1 bit" */
      coin = g_strdup_printf (_("A coin that lands heads with probability p is most uncertain "
                                "at p = 0.5, %s, and not at all at p = 0 or 1. The term 0 · log 0 "
                                "is taken as 0, its limit. In base 2 entropy is in bits, in base "
                                "e in nats."), half);
      text = coin;
      break;
    }
  return g_strconcat (text, rule, NULL);
}

/* ---- pointer ------------------------------------------------------------- */

static int
bar_index (DlmEntropyTopic *self,
           double           x,
           guint            n)
{
  double i = round (dlm_geometry_px_to_x (&self->panel, x));

  return i >= 0 && i < n ? (int) i : -1;
}

static gboolean
probe_bars (DlmEntropyTopic *self,
            double           x,
            DlmProbe        *probe)
{
  gboolean cross = self->view == DLM_ENTROPY_VIEW_CROSS;
  GArray *bars = cross ? self->q.used : self->dist.used;
  int i = bar_index (self, x, bars->len);
  double v, b = dlm_entropy_topic_base_value (self);
  g_autofree char *vt = NULL, *st = NULL;

  if (i < 0)
    return FALSE;
  v = dlm_entropy_topic_values (bars)[i];
  vt = dlm_format_short (v, -1);
  st = dlm_entropy_topic_amount (self, cross ? -log (v) / log (b) : (v > 0 ? -v * log (v) / log (b) : 0));
  probe->x = dlm_geometry_x_to_px (&self->panel, i);
  probe->y = dlm_geometry_y_to_px (&self->panel, v);
  probe->text = cross ? g_strdup_printf (_("q%d = %s, −log q = %s"), i, vt, st)
                      : g_strdup_printf (_("p%d = %s, −p log p = %s"), i, vt, st);
  return TRUE;
}

static gboolean
dlm_entropy_topic_probe (DlmTopic *topic,
                         double    x,
                         double    y,
                         DlmProbe *probe)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  double p, h;
  g_autofree char *pt = NULL, *ht = NULL;

  if (!dlm_geometry_contains (&self->panel, x, y))
    return FALSE;
  if (self->view != DLM_ENTROPY_VIEW_BINARY)
    return probe_bars (self, x, probe);
  /* a pixel is about 10⁻³ of p: rounding away 10⁻¹² keeps a point read
   * back from its own pixel at the p it was (0, not 10⁻¹⁷) */
  p = CLAMP (round (dlm_geometry_px_to_x (&self->panel, x) * 1e12) / 1e12, 0, 1);
  h = dlm_binary_entropy (p, dlm_entropy_topic_base_value (self));
  pt = dlm_format_short (p, 2);
  ht = dlm_entropy_topic_amount (self, h);
  probe->x = dlm_geometry_x_to_px (&self->panel, p);
  probe->y = dlm_geometry_y_to_px (&self->panel, h);
  probe->text = g_strdup_printf ("p = %s, H = %s", pt, ht);
  return TRUE;
}

/* The cursor visits the binary entropy curve every 1/100th, or the bars
 * (p, or the prediction q), reading them as the probe does. */
static guint
dlm_entropy_topic_count_points (DlmTopic *topic,
                                guint    *row_length)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);

  if (!self->panel.valid)
    return 0;
  if (self->view == DLM_ENTROPY_VIEW_BINARY)
    return DLM_TOPIC_CURVE_SAMPLES;
  return self->view == DLM_ENTROPY_VIEW_CROSS ? self->q.used->len : self->dist.used->len;
}

static gboolean
dlm_entropy_topic_get_point (DlmTopic *topic,
                             guint     index,
                             DlmProbe *point)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);

  if (self->view == DLM_ENTROPY_VIEW_BINARY)
    return dlm_topic_probe_along (topic, &self->panel, index, DLM_TOPIC_CURVE_SAMPLES, point);
  return probe_bars (self, dlm_geometry_x_to_px (&self->panel, index), point);
}

/* The new values when bar @index is set to @value: the others keep their
 * proportions and share 1 − value (equally, if they were all 0). Rounded
 * to 4 decimals, the largest of the others taking the remainder, so the
 * text totals 1 and no normalisation notice appears. */
static void
rescale_others (double *p,
                guint   n,
                guint   index,
                double  value)
{
  double rest = 0, total = value;
  guint largest = index;

  for (guint i = 0; i < n; i++)
    rest += i != index ? p[i] : 0;
  p[index] = value;
  for (guint i = 0; i < n; i++)
    {
      if (i == index)
        continue;
      p[i] = round ((rest > 0 ? p[i] * (1 - value) / rest : (1 - value) / (n - 1)) * 1e4) / 1e4;
      total += p[i];
      if (largest == index || p[i] > p[largest])
        largest = i;
    }
  if (largest != index)
    p[largest] = MAX (0, round ((p[largest] + 1 - total) * 1e4) / 1e4);
}

/* Shortest text that reads back as exactly @value ("0.2267", not
 * "0.22670000000000001"). */
static void
append_value (GString *out,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 15; digits <= 17; digits++)
    {
      g_autofree char *fmt = g_strdup_printf ("%%.%dg", digits);

      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

static char **
drag_assignment (DlmEntropyTopic *self,
                 double           y)
{
  const DlmAxesGeometry *g = &self->drag_geometry;
  guint n = self->drag_start->len;
  g_autofree double *p = g_memdup2 (self->drag_start->data, n * sizeof (double));
  double unit_y = 1 - (y - g->plot.y) / g->plot.height;
  double value = round (CLAMP (dlm_scale_from_unit (&g->y, unit_y), 0, 1) * 100) / 100;
  g_autoptr(GString) text = g_string_new ("dist=");
  char **assignments = g_new0 (char *, 2);

  if (n == 1)
    value = 1;
  rescale_others (p, n, self->drag_index, value);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      append_value (text, p[i]);
    }
  assignments[0] = g_string_free (g_steal_pointer (&text), FALSE);
  return assignments;
}

/* In the distribution view, a press on a bar (or just above it) picks it
 * up; moving up or down sets its probability and rescales the others, always
 * from the distribution the drag started with so rounding does not pile up. */
static gboolean
dlm_entropy_topic_drag (DlmTopic      *topic,
                        DlmDragPhase   phase,
                        double         x,
                        double         y,
                        GStrv         *assignments)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  const DlmAxesGeometry *g = &self->panel;
  int i;

  if (phase == DLM_DRAG_BEGIN)
    {
      self->drag_index = -1;
      if (self->view != DLM_ENTROPY_VIEW_DISTRIBUTION || !dlm_geometry_contains (g, x, y) ||
          (i = bar_index (self, x, self->dist.used->len)) < 0 ||
          y < dlm_geometry_y_to_px (g, dlm_entropy_topic_values (self->dist.used)[i]) - GRAB_RADIUS)
        return FALSE;
      self->drag_index = i;
      self->drag_geometry = *g;
      g_clear_pointer (&self->drag_start, g_array_unref);
      self->drag_start = g_array_copy (self->dist.used);
      return TRUE;
    }
  if (self->drag_index < 0)
    return FALSE;
  *assignments = drag_assignment (self, y);
  if (phase == DLM_DRAG_END)
    self->drag_index = -1;
  return TRUE;
}

/* ---- checks --------------------------------------------------------------- */

static gboolean
parse_dist (const char  *field,
            const char  *text,
            Dist        *out,
            GError     **error)
{
  g_autoptr(GArray) typed = dlm_parse_vector (field, text, DLM_ENTROPY_MAX_VALUES, error);
  g_autoptr(GArray) used = NULL;

  if (typed == NULL)
    return FALSE;
  used = g_array_copy (typed);
  if (!dlm_normalise_distribution (field, (double *) used->data, used->len,
                                   &out->normalised, &out->total, error))
    return FALSE;
  out->typed = g_steal_pointer (&typed);
  out->used = g_steal_pointer (&used);
  return TRUE;
}

static gboolean
dlm_entropy_topic_check_text (DlmTopic    *topic,
                              GParamSpec  *pspec,
                              const char  *text,
                              GError     **error)
{
  Dist d = { 0 };
  gboolean ok = parse_dist (pspec->name, text, &d, error);

  g_clear_pointer (&d.typed, g_array_unref);
  g_clear_pointer (&d.used, g_array_unref);
  return ok;
}

/* Of three parameters that must agree, the one assigned last: the one a
 * message names. */
static guint
latest (DlmEntropyTopic *self,
        guint            a,
        guint            b,
        guint            c)
{
  guint later = dlm_assign_order_later (&self->assigned, b, a) ? b : a;

  return dlm_assign_order_later (&self->assigned, c, later) ? c : later;
}

static gboolean
dlm_entropy_topic_check_state (DlmTopic  *topic,
                               GError   **error)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (topic);
  guint n = self->q.used->len, n_dist = self->dist.used->len;
  guint last;

  if (self->target == DLM_ENTROPY_TARGET_ONEHOT && self->truth >= (int) n)
    {
      last = latest (self, PROP_TRUTH, PROP_Q, PROP_TARGET);
      if (last == PROP_Q)
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("q: %u values are too few for class truth=%d; accepted: at least %d values"),
                     n, self->truth, self->truth + 1);
      else if (last == PROP_TARGET)
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("target: onehot needs class truth=%d, which q’s %u values do not have; "
                       "accepted: dist, or a truth from 0 to %u"), self->truth, n, n - 1);
      else
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("truth: class %d does not exist, q has %u values; accepted: 0 to %u"),
                     self->truth, n, n - 1);
      return FALSE;
    }
  if (self->target == DLM_ENTROPY_TARGET_DIST && n_dist != n)
    {
      last = latest (self, PROP_Q, PROP_DIST, PROP_TARGET);
      if (last == PROP_DIST)
        g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                     _("dist: %u values, but q has %u; accepted: as many values as q"), n_dist, n);
      else if (last == PROP_TARGET)
        g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                     _("target: dist needs q and dist of one length, not %u and %u values; "
                       "accepted: onehot, or q and dist of one length"), n, n_dist);
      else
        g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                     _("q: %u values, but the truth dist has %u; accepted: as many values as dist"),
                     n, n_dist);
      return FALSE;
    }
  return TRUE;
}

/* ---- GObject -------------------------------------------------------------- */

static void
dist_clear (Dist *d)
{
  g_clear_pointer (&d->text, g_free);
  g_clear_pointer (&d->typed, g_array_unref);
  g_clear_pointer (&d->used, g_array_unref);
}

static void
set_dist (DlmEntropyTopic *self,
          Dist            *field,
          const char      *text,
          GParamSpec      *pspec)
{
  Dist d = { 0 };

  if (g_strcmp0 (field->text, text) == 0)
    return;
  if (!parse_dist (pspec->name, text, &d, NULL))
    g_return_if_reached ();
  dist_clear (field);
  *field = d;
  field->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
dlm_entropy_topic_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VIEW:   g_value_set_enum (value, self->view); break;
    case PROP_BASE:   g_value_set_enum (value, self->base); break;
    case PROP_P:      g_value_set_double (value, self->p); break;
    case PROP_DIST:   g_value_set_string (value, self->dist.text); break;
    case PROP_Q:      g_value_set_string (value, self->q.text); break;
    case PROP_TARGET: g_value_set_enum (value, self->target); break;
    case PROP_TRUTH:  g_value_set_int (value, self->truth); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_entropy_topic_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (object);
  DlmTopic *topic = DLM_TOPIC (object);

  dlm_assign_order_note (&self->assigned, prop_id);
  switch (prop_id)
    {
    case PROP_VIEW:   dlm_topic_set_field (topic, pspec, &self->view, value); break;
    case PROP_BASE:   dlm_topic_set_field (topic, pspec, &self->base, value); break;
    case PROP_P:      dlm_topic_set_field (topic, pspec, &self->p, value); break;
    case PROP_DIST:   set_dist (self, &self->dist, g_value_get_string (value), pspec); break;
    case PROP_Q:      set_dist (self, &self->q, g_value_get_string (value), pspec); break;
    case PROP_TARGET: dlm_topic_set_field (topic, pspec, &self->target, value); break;
    case PROP_TRUTH:  dlm_topic_set_field (topic, pspec, &self->truth, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_entropy_topic_finalize (GObject *object)
{
  DlmEntropyTopic *self = DLM_ENTROPY_TOPIC (object);

  dist_clear (&self->dist);
  dist_clear (&self->q);
  g_clear_pointer (&self->drag_start, g_array_unref);

  G_OBJECT_CLASS (dlm_entropy_topic_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_ENTROPY_VIEW, DLM_ENTROPY_VIEW_BINARY, flags);
  properties[PROP_BASE] =
    g_param_spec_enum ("base", NULL, NULL, DLM_TYPE_ENTROPY_BASE, DLM_ENTROPY_BASE_2, flags);
  properties[PROP_P] =
    g_param_spec_double ("p", NULL, N_("0 to 1"), 0, 1, 0.5, flags);
  properties[PROP_DIST] =
    g_param_spec_string ("dist", NULL,
                         N_("1 to 50 probabilities of 0 or more; a total other than 1 is divided out"),
                         "0.25, 0.25, 0.25, 0.25", flags);
  properties[PROP_Q] =
    g_param_spec_string ("q", NULL,
                         N_("1 to 50 probabilities of 0 or more; a total other than 1 is divided out"),
                         "0.7, 0.2, 0.1", flags);
  properties[PROP_TARGET] =
    g_param_spec_enum ("target", NULL, N_("onehot (class truth) or dist (the distribution dist)"),
                       DLM_TYPE_ENTROPY_TARGET, DLM_ENTROPY_TARGET_ONEHOT, flags);
  properties[PROP_TRUTH] =
    g_param_spec_int ("truth", NULL, N_("the true class, 0 to the number of values of q minus 1"),
                      0, DLM_ENTROPY_MAX_VALUES - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_entropy_topic_class_init (DlmEntropyTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);

  object_class->get_property = dlm_entropy_topic_get_property;
  object_class->set_property = dlm_entropy_topic_set_property;
  object_class->finalize = dlm_entropy_topic_finalize;

  topic_class->id = "entropy";
  topic_class->slides_param = "view";
  topic_class->title = N_("Entropy and cross-entropy");
  topic_class->check_text = dlm_entropy_topic_check_text;
  topic_class->check_state = dlm_entropy_topic_check_state;
  topic_class->render = dlm_entropy_topic_render;
  topic_class->write_csv = dlm_entropy_topic_write_csv;
  topic_class->write_summary = dlm_entropy_topic_write_summary;
  topic_class->describe = dlm_entropy_topic_describe;
  topic_class->formula = dlm_entropy_topic_formula;
  topic_class->explanation = dlm_entropy_topic_explanation;
  topic_class->probe = dlm_entropy_topic_probe;
  topic_class->count_points = dlm_entropy_topic_count_points;
  topic_class->get_point = dlm_entropy_topic_get_point;
  topic_class->drag = dlm_entropy_topic_drag;
  topic_class->write_code = dlm_entropy_write_code;
  topic_class->write_plot_code = dlm_entropy_write_plot_code;
  install_properties (object_class);
}

static void
dlm_entropy_topic_init (DlmEntropyTopic *self)
{
  self->drag_index = -1;
}

DlmTopic *
dlm_entropy_topic_new (void)
{
  return g_object_new (DLM_TYPE_ENTROPY_TOPIC, NULL);
}
