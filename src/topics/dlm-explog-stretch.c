/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <float.h>
#include <math.h>

#include "dlm-explog.h"
#include "dlm-explog-private.h"
#include "dlm-format.h"

/* The stretch view: ten values from 0.001 to 1 on a linear axis, its
 * first tenth magnified, and a logarithmic axis, which gives every factor
 * of 10 the same room. Its values are fixed, whatever the base: a log axis
 * places numbers alike in every base. */

static const double stretch_values[] = { 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1 };

/* The values up to 0.1 on the linear axis crowd into one clump: a bracket
 * over it says how many values it holds. */
static void
draw_clump_bracket (DlmAxes        *axes,
                    cairo_t        *cr,
                    const DlmTheme *theme)
{
  const double lo = stretch_values[0], hi = 0.1;
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  /* in pixels: clear of the points (y = 0.5), whatever the strip's height */
  double unit = 1 / MAX (g.plot.height, 1), tick = dlm_theme_px (theme, 6) * unit;
  double y = 0.5 + dlm_theme_px (theme, 11) * unit + tick;
  DlmStroke stroke = { &theme->foreground, 0.6, FALSE };
  g_autofree char *text = NULL;
  double text_h;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
    n += stretch_values[i] <= hi;
  /* TRANSLATORS: "7 of the 10 values lie between 0 and 0.1" */
  text = g_strdup_printf (_("%u of the %u values lie between 0 and 0.1"), n,
                          (guint) G_N_ELEMENTS (stretch_values));
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, text, NULL, &text_h);
  dlm_axes_line (axes, (double[]) { lo, lo, hi, hi }, (double[]) { y - tick, y, y, y - tick }, 4,
                 &stroke);
  /* a short strip (a slide in large type) has no room for the words
   * above the bracket: the title says what it shows */
  if (y + (dlm_theme_px (theme, 3) + text_h) * unit <= 1)
    dlm_axes_text (axes, lo, y + dlm_theme_px (theme, 3) * unit, DLM_ANCHOR_SOUTH_WEST, NULL, text);
}

/* The ten values on one axis from @lo to @hi (those inside it). A linear
 * axis starts a little left of 0, so that no point is cut by it, and
 * draws small points: the clump near 0 is the lesson; on the full one a
 * bracket counts it. The log axis labels every value. */
static void
draw_strip (DlmExplogTopic *self,
            cairo_t        *cr,
            const DlmTheme *theme,
            guint           strip,
            DlmRect         rect,
            DlmScaleKind    kind,
            double          hi,
            const char     *title)
{
  const guint n = G_N_ELEMENTS (stretch_values);
  gboolean log = kind == DLM_SCALE_LOG;
  double ys[G_N_ELEMENTS (stretch_values)];
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);

  for (guint i = 0; i < n; i++)
    ys[i] = 0.5;
  dlm_axes_set_x (axes, kind, log ? 0.0007 : -0.03 * hi, log ? 1.5 : 1.05 * hi);
  dlm_axes_set_log_base (axes, 10, 10);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1);
  dlm_axes_hide_y (axes);
  dlm_axes_set_title (axes, title);
  dlm_axes_draw_frame (axes);
  dlm_axes_points (axes, stretch_values, ys, n, &theme->series[0], log ? 7 : 4.5);
  self->panels[strip] = dlm_axes_get_geometry (axes);
  if (!log)
    {
      if (hi == 1)
        draw_clump_bracket (axes, cr, theme);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = dlm_format_short (stretch_values[i], -1);
      dlm_axes_text (axes, stretch_values[i], 0.68, DLM_ANCHOR_SOUTH, NULL, t);
    }
}

/* Three number lines: all ten values on a linear axis, its first tenth
 * magnified ten times (the smallest still crowd), and a log axis. */
void
dlm_explog_render_stretch (DlmExplogTopic *self,
                           cairo_t        *cr,
                           const DlmTheme *theme,
                           DlmRect         area)
{
  double gap = dlm_theme_px (theme, 20);

  draw_strip (self, cr, theme, 0, dlm_rect_row (area, 3, 0, gap), DLM_SCALE_LINEAR, 1,
              _("0.001 … 1 on a linear axis: the small values crowd together near 0"));
  draw_strip (self, cr, theme, 1, dlm_rect_row (area, 3, 1, gap), DLM_SCALE_LINEAR, 0.1,
              _("Its first tenth, magnified ×10: the smallest values still crowd together"));
  draw_strip (self, cr, theme, 2, dlm_rect_row (area, 3, 2, gap), DLM_SCALE_LOG, 1,
              _("The same values on a logarithmic axis: each step of ×10 gets the same room"));
}

/* Each value and its place on the log axis, in decades from 10⁰. */
void
dlm_explog_stretch_write_csv (DlmExplogTopic *self,
                              GString        *out)
{
  g_string_append (out, "index,value,log10\n");
  for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
    dlm_explog_csv_row (out, i, (double[]) { stretch_values[i], log10 (stretch_values[i]) }, 2);
}

/* How many of the values are powers of ten, the marks a log axis spaces
 * exactly evenly. */
static guint
count_powers_of_ten (void)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
    n += fabs (log10 (stretch_values[i]) - round (log10 (stretch_values[i]))) < 1e-12;
  return n;
}

static guint
count_clumped (void)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
    n += stretch_values[i] <= 0.1;
  return n;
}

void
dlm_explog_stretch_write_summary (DlmExplogTopic *self,
                                  GString        *out)
{
  const guint n = G_N_ELEMENTS (stretch_values);

  dlm_summary_add_number (out, "values", n);
  dlm_summary_add_number (out, "min_value", stretch_values[0]);
  dlm_summary_add_number (out, "max_value", stretch_values[n - 1]);
  dlm_summary_add_number (out, "clumped", count_clumped ());
  dlm_summary_add_number (out, "decades", log10 (stretch_values[n - 1] / stretch_values[0]));
  dlm_summary_add_number (out, "powers_of_ten", count_powers_of_ten ());
}

/* "a, b and c" */
static char *
join_and (GPtrArray *items)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        /* TRANSLATORS: the separators of a list "0.001, 0.01 and 0.1" */
        g_string_append (s, i + 1 < items->len ? _(", ") : _(" and "));
      g_string_append (s, g_ptr_array_index (items, i));
    }
  return g_string_free (s, FALSE);
}

/* What a log axis spaces evenly, from the values drawn: the powers of
 * ten, one decade apart; the values between them sit at the fraction of a
 * decade their ratio to the power below gives (0.002: 0.30 above 0.001). */
static char *
stretch_spacing (void)
{
  g_autoptr(GPtrArray) powers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) between = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) fractions = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first = dlm_format_short (stretch_values[0], -1);
  g_autofree char *p = NULL, *b = NULL, *f = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
    {
      double decades = log10 (stretch_values[i] / stretch_values[0]);

      if (fabs (decades - round (decades)) < 1e-12)
        g_ptr_array_add (powers, dlm_format_short (stretch_values[i], -1));
      else if (decades < 1)
        {
          g_ptr_array_add (between, dlm_format_short (stretch_values[i], -1));
          g_ptr_array_add (fractions, dlm_format_short (decades, 2));
        }
    }
  p = join_and (powers);
  b = join_and (between);
  f = join_and (fractions);
  /* TRANSLATORS: "only 0.001, 0.01, 0.1 and 1 are evenly spaced, one
   * decade apart; 0.002 and 0.005 sit 0.30 and 0.70 of a decade above
   * 0.001, and so on in every decade" */
  return g_strdup_printf (_("only %s are evenly spaced, one decade apart; %s sit %s of a decade "
                            "above %s, and so on in every decade"), p, b, f, first);
}

char *
dlm_explog_stretch_describe (DlmExplogTopic *self)
{
  const guint n = G_N_ELEMENTS (stretch_values);
  g_autofree char *lo = dlm_format_short (stretch_values[0], -1);
  g_autofree char *hi = dlm_format_short (stretch_values[n - 1], -1);
  g_autofree char *spacing = stretch_spacing ();

  /* TRANSLATORS: "10 values from 0.001 to 1 … 7 of them lie between 0 and
   * 0.1 …"; the last %s is a clause "only 0.001, 0.01, … and so on in
   * every decade" */
  return g_strdup_printf (_("%u values from %s to %s on three axes. On the linear axis %u of them "
                            "lie between 0 and 0.1, bunched near 0; magnified tenfold, the "
                            "smallest still bunch up. On the logarithmic axis each factor of 10 "
                            "gets the same room: %s."), n, lo, hi, count_clumped (), spacing);
}

/* log₁₀ of the smallest and the largest value, as the log axis places them. */
char *
dlm_explog_stretch_formula (DlmExplogTopic *self)
{
  const guint n = G_N_ELEMENTS (stretch_values);
  g_autofree char *lo = dlm_format_short (stretch_values[0], -1);
  g_autofree char *hi = dlm_format_short (stretch_values[n - 1], -1);
  g_autofree char *log_lo = dlm_format_short (log10 (stretch_values[0]), -1);
  g_autofree char *log_hi = dlm_format_short (log10 (stretch_values[n - 1]), -1);

  return g_strdup_printf ("log<sub>10</sub> %s = %s,  log<sub>10</sub> %s = %s", lo, log_lo, hi, log_hi);
}

char *
dlm_explog_stretch_explanation (DlmExplogTopic *self)
{
  g_autofree char *spacing = stretch_spacing ();

  /* TRANSLATORS: the %s is a clause "only 0.001, 0.01, … and so on in every decade" */
  return g_strdup_printf (_("Probabilities are often tiny and close together. A logarithmic axis "
                            "gives each factor of 10 the same room, so small differences become "
                            "easy to see: %s."), spacing);
}

/* Value @i where strip @strip draws it, with its place on the log axis. */
static void
point_on_strip (DlmExplogTopic *self,
                guint           strip,
                guint           i,
                DlmProbe       *probe)
{
  const DlmAxesGeometry *g = &self->panels[strip];
  g_autofree char *value = dlm_format_short (stretch_values[i], -1);
  g_autofree char *decades = dlm_format_short (log10 (stretch_values[i]), 2);

  probe->x = dlm_geometry_x_to_px (g, stretch_values[i]);
  probe->y = dlm_geometry_y_to_px (g, 0.5);
  /* TRANSLATORS: "value 0.002, log₁₀ 0.002 = −2.70" */
  probe->text = g_strdup_printf (_("value %s, log₁₀ %s = %s"), value, value, decades);
}

/* The value nearest the pointer on the strip under it, among those the
 * strip shows (the magnified one ends at 0.1). */
gboolean
dlm_explog_stretch_probe (DlmExplogTopic *self,
                          double          x,
                          double          y,
                          DlmProbe       *probe)
{
  for (guint strip = 0; strip < G_N_ELEMENTS (self->panels); strip++)
    {
      const DlmAxesGeometry *g = &self->panels[strip];
      double best = G_MAXDOUBLE;
      guint nearest = 0;

      if (!g->valid || !dlm_geometry_contains (g, x, y))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
        {
          double px = dlm_geometry_x_to_px (g, stretch_values[i]);

          if (px <= g->plot.x + g->plot.width && fabs (px - x) < best)
            {
              best = fabs (px - x);
              nearest = i;
            }
        }
      point_on_strip (self, strip, nearest, probe);
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the ten values on the linear strip, then on the log
 * strip, a row each; the magnified strip shows only some of them. */
guint
dlm_explog_stretch_count_points (DlmExplogTopic *self,
                                 guint          *row_length)
{
  *row_length = G_N_ELEMENTS (stretch_values);
  return self->panels[0].valid && self->panels[2].valid ? 2 * G_N_ELEMENTS (stretch_values) : 0;
}

gboolean
dlm_explog_stretch_get_point (DlmExplogTopic *self,
                              guint           index,
                              DlmProbe       *point)
{
  const guint n = G_N_ELEMENTS (stretch_values);

  if (index >= dlm_explog_stretch_count_points (self, &(guint) { 0 }))
    return FALSE;
  point_on_strip (self, index < n ? 0 : 2, index % n, point);
  return TRUE;
}
