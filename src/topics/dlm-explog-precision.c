/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <float.h>
#include <math.h>

#include "dlm-explog.h"
#include "dlm-explog-private.h"
#include "dlm-format.h"

/* The precision view: p multiplied by itself n times underflows to 0 in
 * double precision, while the sum of the logarithms falls in a straight
 * line and stays finite. */

static void
render_product_panel (DlmExplogTopic *self,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmRect         rect,
                      const double   *k,
                      const double   *product)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke stroke = { &theme->series[0], 1.3, FALSE };
  guint zero_at = dlm_underflow_step (self->p, self->n);
  g_autofree char *pt = dlm_format_short (self->p, -1);
  /* the underflow is told in the title, where the falling line can't
   * cross it; the dashed line in the error colour marks the step */
  g_autofree char *title = zero_at > 0
    /* TRANSLATORS: "Product 0.01 × 0.01 × …: exactly 0 after 162 factors" */
    ? g_strdup_printf (_("Product %s × %s × …: exactly 0 after %u factors"), pt, pt, zero_at)
    : g_strdup_printf (_("Product %s × %s × …"), pt, pt);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, self->n);
  dlm_axes_set_y (axes, DLM_SCALE_LOG, DBL_TRUE_MIN, 10);
  dlm_axes_set_log_base (axes, 10, 10);
  dlm_axes_set_title (axes, title);
  dlm_axes_set_labels (axes, _("number of factors"), NULL);
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, k, product, self->n + 1, &stroke);
  if (zero_at > 0)
    {
      DlmStroke marker = { &theme->error, 0.8, TRUE };
      dlm_axes_vline (axes, zero_at, &marker);
    }
  self->panels[0] = dlm_axes_get_geometry (axes);
}

static void
render_log_sum_panel (DlmExplogTopic *self,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmRect         rect,
                      const double   *k,
                      const double   *log_sum)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke stroke = { &theme->series[1], 1.3, FALSE };
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *total = dlm_format_short (log_sum[self->n], 2);
  const char *log = dlm_explog_base_info (self)->log_markup;
  /* TRANSLATORS: "Sum of logarithms: ln 0.01 + ln 0.01 + …"; the first and
   * third %s are the logarithm's name, the others the probability */
  g_autofree char *title = g_strdup_printf (_("Sum of logarithms: %s %s + %s %s + …"),
                                            log, pt, log, pt);
  g_autofree char *note = g_strdup_printf ("%d × %s %s = %s", self->n, log, pt, total);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, self->n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, MIN (log_sum[self->n] * 1.08, -1), 1);
  dlm_axes_set_title (axes, title);
  dlm_axes_set_labels (axes, _("number of terms"), NULL);
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, k, log_sum, self->n + 1, &stroke);
  dlm_axes_annotate (axes, self->n, log_sum[self->n], -150, -60, note);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

/* The numbers of factors 0 … n, and after each the running product and
 * sum of logarithms, as the precision view draws and exports them. */
typedef struct {
  guint   n;
  double *k;
  double *product;
  double *log_sum;
} PrecisionSeries;

static PrecisionSeries *
precision_series_new (DlmExplogTopic *self)
{
  PrecisionSeries *series = g_new0 (PrecisionSeries, 1);

  series->n = self->n;
  series->k = g_new (double, self->n + 1);
  series->product = g_new (double, self->n + 1);
  series->log_sum = g_new (double, self->n + 1);
  for (int i = 0; i <= self->n; i++)
    series->k[i] = i;
  dlm_repeated_series (self->p, self->n, dlm_explog_base_value (self), series->product, series->log_sum);
  return series;
}

static void
precision_series_free (PrecisionSeries *series)
{
  g_free (series->k);
  g_free (series->product);
  g_free (series->log_sum);
  g_free (series);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrecisionSeries, precision_series_free)

void
dlm_explog_render_precision (DlmExplogTopic *self,
                             cairo_t        *cr,
                             const DlmTheme *theme,
                             DlmRect         area)
{
  g_autoptr(PrecisionSeries) series = precision_series_new (self);
  double gap = dlm_theme_px (theme, 32);

  render_product_panel (self, cr, theme, dlm_rect_column (area, 2, 0, gap), series->k,
                        series->product);
  render_log_sum_panel (self, cr, theme, dlm_rect_column (area, 2, 1, gap), series->k,
                        series->log_sum);
}

void
dlm_explog_precision_write_csv (DlmExplogTopic *self,
                                GString        *out)
{
  g_autoptr(PrecisionSeries) series = precision_series_new (self);

  g_string_append (out, "index,factors,product,log_sum\n");
  for (guint k = 0; k <= series->n; k++)
    dlm_explog_csv_row (out, k, (double[]) { series->k[k], series->product[k], series->log_sum[k] }, 3);
}

void
dlm_explog_precision_write_summary (DlmExplogTopic *self,
                                    GString        *out)
{
  double b = dlm_explog_base_value (self);

  dlm_summary_add_number (out, "p", self->p);
  dlm_summary_add_number (out, "n", self->n);
  dlm_summary_add_number (out, "log_of_p", dlm_log_base (self->p, b));
  dlm_summary_add_number (out, "product", dlm_repeated_product (self->p, self->n));
  dlm_summary_add_number (out, "log_sum", dlm_repeated_log_sum (self->p, self->n, b));
  dlm_summary_add_number (out, "underflow_at", dlm_underflow_step (self->p, self->n));
}

char *
dlm_explog_precision_describe (DlmExplogTopic *self)
{
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *sum = dlm_format_short (dlm_repeated_log_sum (self->p, self->n, dlm_explog_base_value (self)), 2);
  g_autofree char *product = dlm_format_short (dlm_repeated_product (self->p, self->n), 3);
  const char *log = dlm_explog_base_info (self)->log_plain;
  guint zero_at = dlm_underflow_step (self->p, self->n);

  if (zero_at > 0)
    /* TRANSLATORS: "Multiplying 0.01 by itself 200 times: … after 162
     * factors … The sum of ln 0.01 over the factors falls …" */
    return g_strdup_printf (_("Multiplying %s by itself %d times: the product falls until, after "
                              "%u factors, it is exactly 0 in double precision. The sum of %s %s "
                              "over the factors falls in a straight line to %s and stays finite."),
                            pt, self->n, zero_at, log, pt, sum);
  /* TRANSLATORS: "Multiplying 0.5 by itself 50 times gives 8.88 × 10⁻¹⁶, still above 0; the
   * sum of ln 0.5 over the factors falls …" */
  return g_strdup_printf (_("Multiplying %s by itself %d times gives %s, still above 0; the sum of "
                            "%s %s over the factors falls in a straight line to %s."),
                          pt, self->n, product, log, pt, sum);
}

/* The identity with the view's own numbers: n × log p = the total. */
char *
dlm_explog_precision_formula (DlmExplogTopic *self)
{
  const char *log = dlm_explog_base_info (self)->log_markup;
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *sum = dlm_format_short (dlm_repeated_log_sum (self->p, self->n, dlm_explog_base_value (self)), 2);

  return g_strdup_printf ("%s(p<sub>1</sub> × … × p<sub>n</sub>) = %s p<sub>1</sub> + … + "
                          "%s p<sub>n</sub>;   %d × %s %s = %s", log, log, log, self->n, log, pt, sum);
}

char *
dlm_explog_precision_explanation (DlmExplogTopic *self)
{
  g_autofree char *smallest = dlm_format_short (DBL_TRUE_MIN, 2);
  g_autofree char *pt = dlm_format_short (self->p, -1);
  guint zero_at = dlm_underflow_step (self->p, self->n);

  if (zero_at > 0)
    /* TRANSLATORS: "A double cannot hold numbers below about 4.9 × 10⁻³²⁴:
     * here the product is exactly 0 after 162 factors of 0.01. …" */
    return g_strdup_printf (_("A double cannot hold numbers below about %s: here the product is "
                              "exactly 0 after %u factors of %s. The sum of their logarithms "
                              "carries the same information and stays finite."),
                            smallest, zero_at, pt);
  /* TRANSLATORS: "A double cannot hold numbers below about 4.9 × 10⁻³²⁴. These 50 factors
   * of 0.5 stay above it; …" */
  return g_strdup_printf (_("A double cannot hold numbers below about %s. These %d factors of %s "
                            "stay above it; more of them, or smaller ones, would make the product "
                            "exactly 0, while the sum of their logarithms stays finite."),
                          smallest, self->n, pt);
}

gboolean
dlm_explog_precision_probe (DlmExplogTopic *self,
                            double          x,
                            double          y,
                            DlmProbe       *probe)
{
  gboolean left = dlm_geometry_contains (&self->panels[0], x, y);
  const DlmAxesGeometry *g = &self->panels[left ? 0 : 1];
  guint k = (guint) CLAMP (round (dlm_geometry_px_to_x (g, x)), 0, self->n);
  double product = dlm_repeated_product (self->p, k);
  double sum = dlm_repeated_log_sum (self->p, k, dlm_explog_base_value (self));
  g_autofree char *pt = dlm_format_short (product, 3);
  g_autofree char *st = dlm_format_short (sum, 3);

  probe->x = dlm_geometry_x_to_px (g, k);
  probe->y = left ? (product > 0 ? dlm_geometry_y_to_px (g, product) : y) : dlm_geometry_y_to_px (g, sum);
  probe->text = g_strdup_printf (_("%u factors: product %s, sum of logs %s"), k, pt, st);
  return TRUE;
}
