/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <float.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dlm-format.h"
#include "dlm-softmax.h"
#include "dlm-softmax-private.h"

/* The stability view: softmax computed the textbook way, e^(z/T) divided
 * by its total, which overflows for large logits, beside the way every
 * library computes it, e^(z/T − m) with m the largest z/T, which cannot.
 * The figure, the words, the CSV and the summary read one set of numbers. */

typedef struct {
  guint   n;
  double *scaled;        /* z/T */
  double *naive;         /* e^(z/T), ∞ where it overflows */
  double *shifted;       /* e^(z/T − m), at most 1 */
  double  m;             /* the largest z/T */
  double  naive_sum;     /* Σ e^(z/T), ∞ once a term or the total overflows */
  double  shifted_sum;
  guint   overflows;     /* terms e^(z/T) that are ∞ */
  gssize  smallest;      /* the smallest z/T whose e^(z/T) is ∞, or −1 */
} Stability;

static void
stability_clear (Stability *s)
{
  g_clear_pointer (&s->scaled, g_free);
  g_clear_pointer (&s->naive, g_free);
  g_clear_pointer (&s->shifted, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Stability, stability_clear)

static void
stability_compute (DlmSoftmaxTopic *self,
                   Stability       *s)
{
  guint n = self->logits->len;
  const double *z = (const double *) self->logits->data;
  g_autofree double *naive_p = g_new (double, n);

  s->n = n;
  s->scaled = g_new (double, n);
  s->naive = g_new (double, n);
  s->shifted = g_new (double, n);
  for (guint i = 0; i < n; i++)
    s->scaled[i] = z[i] / self->temperature;
  s->m = s->scaled[dlm_argmax (s->scaled, n)];
  dlm_softmax_naive (s->scaled, n, s->naive, naive_p);
  s->naive_sum = s->shifted_sum = 0;
  s->overflows = 0;
  s->smallest = -1;
  for (guint i = 0; i < n; i++)
    {
      s->shifted[i] = exp (s->scaled[i] - s->m);
      s->naive_sum += s->naive[i];
      s->shifted_sum += s->shifted[i];
      if (isinf (s->naive[i]))
        {
          s->overflows++;
          if (s->smallest < 0 || s->scaled[i] < s->scaled[s->smallest])
            s->smallest = i;
        }
    }
}

/* The naive and the stable way side by side, both of z/T: e^(z/T) may
 * overflow, e^(z/T − max z/T) cannot. */
void
dlm_softmax_render_stability (DlmSoftmaxTopic *self,
                              cairo_t         *cr,
                              const DlmTheme  *theme,
                              DlmRect          area)
{
  g_auto(GStrv) labels = dlm_softmax_all_labels (self, TRUE);
  g_auto(Stability) s = { 0 };
  gboolean unit_t = self->temperature == 1.0;
  DlmSoftmaxBarPanel panels[DLM_SOFTMAX_N_PANELS] = {
    { .title = unit_t ? _("Naive: e<sup>z</sup>") : _("Naive: e<sup>z/T</sup>"),
      .color = &theme->series[1], .digits = 2 },
    { .title = unit_t ? _("Stable: e<sup>z − max z</sup>") : _("Stable: e<sup>(z − max z)/T</sup>"),
      .color = &theme->series[4], .digits = 3,
      .note = _("Largest term is exactly 1:\nnothing can overflow") },
    { .title = _("σ(z): the same either way"), .values = self->probabilities,
      .color = &theme->series[2], .digits = 2, .probability = TRUE },
  };

  stability_compute (self, &s);
  panels[0].values = s.naive;
  panels[1].values = s.shifted;
  if (isfinite (s.naive_sum))
    panels[0].note = _("No overflow for these logits;\ntry 1000, 1001, 1002");
  else if (s.overflows > 0)
    panels[0].note = _("Overflow: e<sup>z</sup> is ∞ in double precision,\nso σ = ∞/∞ = NaN");
  else
    panels[0].note = _("Overflow: the sum Σ e<sup>z</sup> is ∞,\nso σ = 0 for every logit");
  dlm_softmax_draw_three_panels (self, cr, theme, area, (const char *const *) labels, panels);
}

/* One row per logit: the naive term e^(z/T) (inf where it overflows)
 * beside the shifted exponent and its term, and the probability both
 * ways give. */
void
dlm_softmax_stability_csv (DlmSoftmaxTopic *self,
                           GString         *out)
{
  g_auto(Stability) s = { 0 };

  stability_compute (self, &s);
  g_string_append (out, "index,label,logit,scaled,naive_exp,shifted,shifted_exp,probability\n");
  for (guint i = 0; i < s.n; i++)
    {
      g_autofree char *label = dlm_softmax_label_at (self, i, FALSE);
      const double row[] = { g_array_index (self->logits, double, i), s.scaled[i], s.naive[i],
                             s.scaled[i] - s.m, s.shifted[i], self->probabilities[i] };

      dlm_format_number (out, i);
      g_string_append_c (out, ',');
      dlm_csv_append_field (out, label);
      for (guint c = 0; c < G_N_ELEMENTS (row); c++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, row[c]);
        }
      g_string_append_c (out, '\n');
    }
}

void
dlm_softmax_stability_summary (DlmSoftmaxTopic *self,
                               GString         *out)
{
  g_auto(Stability) s = { 0 };

  stability_compute (self, &s);
  dlm_summary_add_number (out, "exp_sum", s.naive_sum);
  dlm_summary_add_number (out, "max_scaled_logit", s.m);
  dlm_summary_add_number (out, "overflow_count", s.overflows);
  dlm_summary_add_number (out, "naive_finite", isfinite (s.naive_sum));
  dlm_summary_add_number (out, "shifted_sum", s.shifted_sum);
}

/* e^x is the largest finite double at x = ln DBL_MAX ≈ 709.78; above it,
 * the naive term is ∞. */
static char *
overflow_limit_text (void)
{
  return dlm_format_short (log (DBL_MAX), 2);
}

/* What goes wrong the naive way, from the numbers: which terms overflow
 * and from which logit on, or that none does. */
static char *
naive_text (DlmSoftmaxTopic *self,
            const Stability *s)
{
  g_autofree char *limit = overflow_limit_text ();

  if (s->overflows > 0)
    {
      g_autofree char *label = dlm_softmax_label_at (self, s->smallest, FALSE);
      g_autofree char *z = dlm_format_short (g_array_index (self->logits, double, s->smallest), -1);

      /* TRANSLATORS: "for 3 of the 3 logits, the smallest of them z1 = 1000, since e^x is ∞
       * in double precision above x = 709.78" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Computed directly, e^(z/T) overflows to ∞ for %u of "
                                           "the %u logits (%s = %s), since e^x is ∞ in double "
                                           "precision above x = %s; the naive softmax is ∞/∞ = NaN.",
                                           "Computed directly, e^(z/T) overflows to ∞ for %u of "
                                           "the %u logits (the smallest of them %s = %s), since e^x "
                                           "is ∞ in double precision above x = %s; the naive "
                                           "softmax is ∞/∞ = NaN.",
                                           s->overflows),
                              s->overflows, s->n, label, z, limit);
    }
  if (!isfinite (s->naive_sum))
    return g_strdup_printf (_("Computed directly, every e^(z/T) is finite but their sum "
                              "overflows to ∞, so the naive softmax gives 0 for every logit."));
  {
    g_autofree char *largest = dlm_format_short (s->naive[dlm_argmax (s->scaled, s->n)], 3);

    return g_strdup_printf (_("Computed directly, nothing overflows: the largest e^(z/T) is %s "
                              "(e^x is ∞ in double precision only above x = %s)."),
                            largest, limit);
  }
}

/* What subtracting the largest z/T gives: exponents from the smallest
 * difference up to 0, terms from its exponential up to exactly 1. */
static char *
shifted_text (const Stability *s)
{
  double low = s->scaled[0];
  g_autofree char *m = NULL, *lo = NULL, *term = NULL;

  for (guint i = 1; i < s->n; i++)
    low = MIN (low, s->scaled[i]);
  m = dlm_format_short (s->m, -1);
  lo = dlm_format_short (low - s->m, -1);
  term = dlm_format_short (exp (low - s->m), 3);
  /* TRANSLATORS: "Subtracting the largest, m = 1002, gives exponents from −2 to 0 and
   * terms e^(z/T − m) from 0.135 to 1" */
  return g_strdup_printf (_("Subtracting the largest, m = %s, gives exponents from %s to 0 and "
                            "terms e^(z/T − m) from %s to 1"), m, lo, term);
}

char *
dlm_softmax_stability_describe (DlmSoftmaxTopic *self)
{
  g_auto(Stability) s = { 0 };
  g_autofree char *t = dlm_format_short (self->temperature, -1);
  g_autofree char *naive = NULL, *shifted = NULL, *ranked = dlm_softmax_ranked_text (self);

  stability_compute (self, &s);
  naive = naive_text (self, &s);
  shifted = shifted_text (&s);
  /* TRANSLATORS: the second and third %s are whole sentences; the last is a list of
   * probabilities "z3 0.67, z2 0.24, z1 0.09" */
  return g_strdup_printf (_("Softmax of %u logits at temperature %s, the naive way and the "
                            "stable way. %s %s: nothing can overflow, and the probabilities "
                            "are %s."), s.n, t, naive, shifted, ranked);
}

char *
dlm_softmax_stability_explanation (DlmSoftmaxTopic *self)
{
  g_auto(Stability) s = { 0 };
  g_autofree char *m = NULL;

  stability_compute (self, &s);
  m = dlm_format_short (s.m, -1);
  if (s.overflows > 0)
    /* TRANSLATORS: %s is the largest logit divided by T, e.g. 1002 */
    return g_strdup_printf (_("Adding the same number to every logit does not change softmax. "
                              "Subtracting the largest, here %s, keeps every exponent at or "
                              "below zero, so e<sup>x</sup> never overflows; computed directly, "
                              "e<sup>%s</sup> is already too large for a double."), m, m);
  return g_strdup_printf (_("Adding the same number to every logit does not change softmax. "
                            "Subtracting the largest, here %s, keeps every exponent at or below "
                            "zero, so e<sup>x</sup> never overflows, whatever the logits; these "
                            "happen to be small enough for the direct formula too."), m);
}
