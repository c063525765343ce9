/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-dot.h"
#include "dlm-dot-private.h"
#include "dlm-format.h"

/* The convolution view: a kernel slides over a signal, one dot product
 * per step. The signal is drawn as bars with the window the kernel covers
 * marked, the kernel and the products written under that window, and the
 * outputs below, one more per step. What it computes is what deep
 * learning's convolution layers compute, cross-correlation: the kernel is
 * not flipped (PyTorch's conv1d, np.correlate(x, k, 'valid')). */

/* The kernel and the products are written in cells under the signal up to
 * this many numbers; a longer signal keeps its bars and the sum. */
#define CELLS_LIMIT 40
/* Outputs listed in words (the description, np.convolve's numbers). */
#define LIST_LIMIT 12

/* ---- numbers ---------------------------------------------------------------- */

guint
dlm_dot_conv_n_outputs (DlmDotTopic *self)
{
  return dlm_dot_slide_length (self->signal->len, self->kernel->len);
}

/* How many outputs are computed at the current step. */
guint
dlm_dot_conv_shown (DlmDotTopic *self)
{
  return MIN ((guint) self->step, dlm_dot_conv_n_outputs (self));
}

/* Where the kernel stands: over the window of the output computed last,
 * or at the start before the first step. */
static guint
window_start (DlmDotTopic *self)
{
  guint shown = dlm_dot_conv_shown (self);

  return shown > 0 ? shown - 1 : 0;
}

static const double *
signal_values (DlmDotTopic *self)
{
  return dlm_dot_values_of (self->signal);
}

static const double *
kernel_values (DlmDotTopic *self)
{
  return dlm_dot_values_of (self->kernel);
}

static double
output_at (DlmDotTopic *self,
           guint        i)
{
  return dlm_dot_slide_at (signal_values (self), kernel_values (self), self->kernel->len, i);
}

static double *
all_outputs (DlmDotTopic *self,
             gboolean     flip)
{
  return dlm_dot_slide (signal_values (self), self->signal->len, kernel_values (self),
                        self->kernel->len, flip);
}

/* "[−3, −3, 0]", or the first LIST_LIMIT and "…". */
static char *
list_text (const double *values,
           guint         n)
{
  GString *s = g_string_new ("[");

  for (guint i = 0; i < MIN (n, LIST_LIMIT); i++)
    {
      g_autofree char *t = dlm_dot_label (values[i]);
      g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", t);
    }
  if (n > LIST_LIMIT)
    g_string_append (s, ", …");
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* "x[1]·k = 1×1 + 1×0 + 4×(−1) = −3" for output @i, in plain text. */
static char *
output_terms (DlmDotTopic *self,
              guint        i)
{
  g_autofree char *terms = dlm_dot_terms_text (signal_values (self) + i, kernel_values (self),
                                               self->kernel->len);
  g_autofree char *value = dlm_dot_label (output_at (self, i));

  if (terms == NULL)
    /* TRANSLATORS: output 3 of a long kernel: "y[3] = Σ x[3 + j]·k[j] over 9 taps = 4.5" */
    return g_strdup_printf (_("y[%u] = Σ x[%u + j]·k[j] over %u taps = %s"), i, i,
                            self->kernel->len, value);
  return g_strdup_printf ("y[%u] = %s = %s", i, terms, value);
}

/* ---- words ------------------------------------------------------------------ */

/* One row per output computed so far: its index, its value, and the
 * products of the window behind it (signal[i + j] · kernel[j]). */
void
dlm_dot_conv_write_csv (DlmDotTopic *self,
                        GString     *out)
{
  guint k = self->kernel->len, shown = dlm_dot_conv_shown (self);

  g_string_append (out, "index,output");
  for (guint j = 0; j < k; j++)
    g_string_append_printf (out, ",product_%u", j);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < shown; i++)
    {
      g_string_append_printf (out, "%u,", i);
      dlm_format_number (out, output_at (self, i));
      for (guint j = 0; j < k; j++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, dlm_dot_value_at (self->signal, i + j) * dlm_dot_value_at (self->kernel, j));
        }
      g_string_append_c (out, '\n');
    }
}

void
dlm_dot_conv_write_summary (DlmDotTopic *self,
                            GString     *out)
{
  guint shown = dlm_dot_conv_shown (self);

  dlm_summary_add_number (out, "n_signal", self->signal->len);
  dlm_summary_add_number (out, "n_kernel", self->kernel->len);
  dlm_summary_add_number (out, "n_outputs", dlm_dot_conv_n_outputs (self));
  dlm_summary_add_number (out, "outputs_shown", shown);
  dlm_summary_add_number (out, "window_start", window_start (self));
  dlm_summary_add_number (out, "kernel_palindrome",
                          dlm_dot_is_palindrome (kernel_values (self), self->kernel->len));
  if (shown > 0)
    dlm_summary_add_number (out, "current_output", output_at (self, shown - 1));
}

/* What np.convolve gives, and why it differs or not. */
static char *
flip_words (DlmDotTopic *self)
{
  g_autofree double *flipped = NULL;
  g_autofree char *list = NULL;

  if (dlm_dot_is_palindrome (kernel_values (self), self->kernel->len))
    return g_strdup (_("This kernel reads the same backwards, so np.convolve, which flips it "
                       "first, gives the same numbers."));
  flipped = all_outputs (self, TRUE);
  list = list_text (flipped, dlm_dot_conv_n_outputs (self));
  return g_strdup_printf (_("np.convolve flips the kernel first and gives %s instead."), list);
}

char *
dlm_dot_conv_describe (DlmDotTopic *self)
{
  guint n = self->signal->len, k = self->kernel->len, n_out = dlm_dot_conv_n_outputs (self);
  guint shown = dlm_dot_conv_shown (self), start = window_start (self);
  g_autofree double *outputs = all_outputs (self, FALSE);
  g_autofree char *signal = list_text (signal_values (self), n);
  g_autofree char *kernel = list_text (kernel_values (self), k);
  g_autofree char *done = list_text (outputs, shown);
  g_autofree char *flip = flip_words (self);
  g_autofree char *step = NULL;

  if (shown == 0)
    step = g_strdup_printf (_("Step 0 of %u: the kernel waits over x[0] to x[%u] and no output "
                              "is computed yet."), n_out, k - 1);
  else
    {
      g_autofree char *terms = output_terms (self, shown - 1);
      step = g_strdup_printf (_("Step %u of %u: the kernel covers x[%u] to x[%u]: %s. The outputs "
                                "so far are %s."), shown, n_out, start, start + k - 1, terms, done);
    }
  return g_strdup_printf (_("The signal x = %s (%u numbers) as bars, and the kernel k = %s (%u "
                            "numbers) sliding along it; each position gives one output, the dot "
                            "product of the kernel with the numbers it covers, so there are "
                            "%u − %u + 1 = %u outputs. %s %s"),
                          signal, n, kernel, k, n, k, n_out, step, flip);
}

char *
dlm_dot_conv_formula (DlmDotTopic *self)
{
  guint n = self->signal->len, k = self->kernel->len;

  return g_strdup_printf ("y<sub>i</sub> = Σ<sub>j</sub> k<sub>j</sub> x<sub>i+j</sub>,   "
                          "i = 0 … %u − %u   (%u outputs)", n, k, dlm_dot_conv_n_outputs (self));
}

char *
dlm_dot_conv_explanation (DlmDotTopic *self)
{
  g_autofree char *flip = flip_words (self);

  return g_strdup_printf (_("Convolution, one of the places the course lists where the dot "
                            "product works, is the dot product of a small kernel with every "
                            "window of the signal. Deep learning's layers (PyTorch's conv1d) "
                            "do not flip the kernel: strictly this is cross-correlation, "
                            "np.correlate(x, k, 'valid'), and it gives the %u numbers shown. %s"),
                          dlm_dot_conv_n_outputs (self), flip);
}

/* ---- drawing ----------------------------------------------------------------- */

/* Bars carry their values when there are few of them and the axes are
 * tall enough (in lines of text) for a label beyond a bar's end. */
static int
bar_digits (cairo_t        *cr,
            const DlmTheme *theme,
            DlmRect         rect,
            guint           n)
{
  double h;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &h);
  return n <= CELLS_LIMIT && rect.height >= 9 * h ? DLM_DIGITS_COMPACT : DLM_DIGITS_NONE;
}

static char **
index_names (guint n)
{
  char **names = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    names[i] = g_strdup_printf ("%u", i);
  return names;
}

/* The y range of @values and 0, with room above for the marks. */
static void
value_range (const double *values,
             guint         n,
             double       *lo,
             double       *hi)
{
  double pad;

  *lo = *hi = 0;
  for (guint i = 0; i < n; i++)
    {
      *lo = MIN (*lo, values[i]);
      *hi = MAX (*hi, values[i]);
    }
  pad = *hi > *lo ? (*hi - *lo) * 0.16 : 1;
  /* the labels of negative bars hang below them */
  *lo -= *lo < 0 ? 1.5 * pad : 0;
  *hi += pad;
}

/* The signal's bars: those under the kernel in colour over a band that
 * marks the window, the others muted. */
static DlmAxesGeometry
draw_signal (DlmDotTopic    *self,
             cairo_t        *cr,
             const DlmTheme *theme,
             DlmRect         rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  g_auto(GStrv) names = index_names (self->signal->len);
  guint n = self->signal->len, k = self->kernel->len, start = window_start (self);
  g_autofree double *inside = g_new (double, n), *outside = g_new (double, n);
  DlmColor band = dlm_color_with_alpha (&theme->highlight, 0.16);
  DlmColor covered = dlm_color_with_alpha (&theme->series[0], 0.85);
  DlmColor other = dlm_color_with_alpha (&theme->muted, 0.55);
  DlmStroke zero = { &theme->muted, 0.8, FALSE };
  double lo, hi;

  value_range (signal_values (self), n, &lo, &hi);
  /* NaN leaves a slot empty, with no bar and no label */
  for (guint i = 0; i < n; i++)
    {
      gboolean in = i >= start && i < start + k;

      inside[i] = in ? dlm_dot_value_at (self->signal, i) : NAN;
      outside[i] = in ? NAN : dlm_dot_value_at (self->signal, i);
    }
  dlm_axes_set_categories (axes, (const char *const *) names, n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo, hi);
  dlm_axes_set_labels (axes, NULL, "x");
  dlm_axes_draw_frame (axes);
  dlm_axes_fill_rect (axes, start - 0.5, start + k - 0.5, lo, hi, &band);
  dlm_axes_hline (axes, 0, &zero);
  dlm_axes_bars (axes, outside, n, 0, 1, &other, bar_digits (cr, theme, rect, n));
  dlm_axes_bars (axes, inside, n, 0, 1, &covered, bar_digits (cr, theme, rect, n));
  return dlm_axes_get_geometry (axes);
}

/* The kernel (row 0) or the products (row 1) in cells under the window. */
static void
draw_cells_row (DlmDotTopic           *self,
                cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                double                 y,
                double                 h,
                guint                  row)
{
  static const char *names[] = { "k", "x·k" };
  guint k = self->kernel->len, start = window_start (self);
  gboolean computed = dlm_dot_conv_shown (self) > 0;
  double cw = 0.86 * (g->plot.width / self->signal->len);

  dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, g->plot.x - dlm_theme_px (theme, 10),
                 y + h / 2, DLM_ANCHOR_EAST, names[row]);
  for (guint j = 0; j < k; j++)
    {
      double kv = dlm_dot_value_at (self->kernel, j);
      double value = row == 0 ? kv : kv * dlm_dot_value_at (self->signal, start + j);
      g_autofree char *t = dlm_dot_label (value);
      DlmDotCellStyle style = { &theme->highlight, 0.12, &theme->highlight, 1.5, &theme->foreground };
      DlmRect r = { dlm_geometry_x_to_px (g, start + j) - cw / 2, y, cw, h };

      if (row == 1)
        style = (DlmDotCellStyle) { computed ? dlm_dot_sign_color (theme, value) : NULL, 0.16,
                                    &theme->grid, 1, &theme->foreground };
      dlm_dot_draw_cell (cr, theme, r, row == 1 && !computed ? NULL : t, &style);
    }
}

/* The outputs computed so far as bars, on a scale that holds them all,
 * so nothing rescales while the kernel moves; the newest is outlined. */
static DlmAxesGeometry
draw_outputs (DlmDotTopic    *self,
              cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  guint n_out = dlm_dot_conv_n_outputs (self), shown = dlm_dot_conv_shown (self);
  g_auto(GStrv) names = index_names (n_out);
  g_autofree double *outputs = all_outputs (self, FALSE);
  g_autofree double *part = g_new (double, n_out);
  DlmStroke zero = { &theme->muted, 0.8, FALSE };
  double lo, hi;

  value_range (outputs, n_out, &lo, &hi);
  lo = MIN (lo, -(hi - lo) * 0.08);
  dlm_axes_set_categories (axes, (const char *const *) names, n_out);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo, hi);
  dlm_axes_set_labels (axes, _("output index i"), "y");
  dlm_axes_draw_frame (axes);
  dlm_axes_hline (axes, 0, &zero);
  for (guint pass = 0; pass < 2; pass++)
    {
      DlmColor color = dlm_color_with_alpha (&theme->series[pass], 0.85);

      for (guint i = 0; i < n_out; i++)
        part[i] = i < shown && (outputs[i] >= 0) == (pass == 0) ? outputs[i] : NAN;
      dlm_axes_bars (axes, part, n_out, 0, 1, &color, bar_digits (cr, theme, rect, n_out));
    }
  if (shown > 0)
    {
      g_autofree double *xs = g_new (double, shown);

      /* a point on each computed output, so an output of 0 shows too;
       * many outputs leave no room for them */
      for (guint i = 0; i < shown; i++)
        xs[i] = i;
      if (n_out <= CELLS_LIMIT)
        dlm_axes_points (axes, xs, outputs, shown, &theme->foreground, 3.5);
      dlm_axes_bar_outline (axes, shown - 1, outputs[shown - 1], 0, 1, &theme->highlight);
    }
  return dlm_axes_get_geometry (axes);
}

static char *
conv_headline (DlmDotTopic *self)
{
  guint shown = dlm_dot_conv_shown (self);
  g_autofree char *terms = NULL;

  if (shown == 0)
    return g_strdup_printf (_("Step 0 of %u: the kernel waits at the start; no output yet"),
                            dlm_dot_conv_n_outputs (self));
  terms = output_terms (self, shown - 1);
  /* TRANSLATORS: "Step 2 of 6: y[1] = 1×1 + 1×0 + 4×(−1) = −3" */
  return g_strdup_printf (_("Step %u of %u: %s"), shown, dlm_dot_conv_n_outputs (self), terms);
}

static char *
conv_note (DlmDotTopic *self)
{
  g_autofree char *flip = flip_words (self);

  return g_strdup_printf (_("Cross-correlation, as in PyTorch's conv1d: the kernel is not "
                            "flipped; np.correlate(x, k, 'valid') gives these %u = %u − %u + 1 "
                            "outputs. %s"),
                          dlm_dot_conv_n_outputs (self), self->signal->len, self->kernel->len, flip);
}

void
dlm_dot_render_convolution (DlmDotTopic    *self,
                            cairo_t        *cr,
                            const DlmTheme *theme,
                            DlmRect         area)
{
  g_autofree char *headline = conv_headline (self);
  double h, top, bottom = area.y + area.height, row_h, rows_h, rest;
  gboolean compact, cells = self->signal->len <= CELLS_LIMIT;
  DlmRect signal_rect, output_rect;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, area.x, area.y, DLM_ANCHOR_NORTH_WEST,
                        area.width, headline);
  top = area.y + h * 1.5;
  /* a short figure keeps the bars tall: the note goes */
  compact = area.height < 16 * h;
  if (!compact)
    {
      g_autofree char *note = conv_note (self);
      top += dlm_text_draw_wrapped (cr, theme, DLM_TEXT_SMALL, &theme->muted, area.x, top,
                                    area.width, note) + h * 0.4;
    }
  row_h = compact ? h * 1.15 : h * 1.4;
  rows_h = cells ? 2 * row_h + h * 0.5 : 0;
  rest = bottom - top - rows_h;
  /* the outputs' axes carry an axis label more */
  signal_rect = (DlmRect) { area.x, top, area.width, rest * 0.46 };
  output_rect = (DlmRect) { area.x, top + signal_rect.height + rows_h, area.width, rest * 0.54 };
  self->signal_axes = draw_signal (self, cr, theme, signal_rect);
  for (guint row = 0; row < 2 && cells; row++)
    draw_cells_row (self, cr, theme, &self->signal_axes,
                    signal_rect.y + signal_rect.height + h * 0.2 + row * row_h, row_h * 0.86, row);
  self->output_axes = draw_outputs (self, cr, theme, output_rect);
}

/* ---- pointer ----------------------------------------------------------------- */

static gboolean
probe_signal (DlmDotTopic *self,
              double       x,
              DlmProbe    *probe)
{
  const DlmAxesGeometry *g = &self->signal_axes;
  double i = round (dlm_geometry_px_to_x (g, x));
  guint j, start = window_start (self);
  g_autofree char *v = NULL;

  if (i < 0 || i >= self->signal->len)
    return FALSE;
  j = (guint) i;
  v = dlm_dot_label (dlm_dot_value_at (self->signal, j));
  probe->x = dlm_geometry_x_to_px (g, j);
  probe->y = dlm_geometry_y_to_px (g, dlm_dot_value_at (self->signal, j));
  if (j >= start && j < start + self->kernel->len)
    {
      double kv = dlm_dot_value_at (self->kernel, j - start);
      g_autofree char *kt = dlm_dot_label (kv);
      g_autofree char *pt = dlm_dot_label (kv * dlm_dot_value_at (self->signal, j));

      /* TRANSLATORS: "x[3] = 4, under k[2] = −1: product −4" */
      probe->text = g_strdup_printf (_("x[%u] = %s, under k[%u] = %s: product %s"),
                                     j, v, j - start, kt, pt);
    }
  else
    probe->text = g_strdup_printf ("x[%u] = %s", j, v);
  return TRUE;
}

static gboolean
probe_output (DlmDotTopic *self,
              guint        i,
              DlmProbe    *probe)
{
  const DlmAxesGeometry *g = &self->output_axes;

  if (i >= dlm_dot_conv_shown (self))
    return FALSE;
  probe->x = dlm_geometry_x_to_px (g, i);
  probe->y = dlm_geometry_y_to_px (g, output_at (self, i));
  probe->text = output_terms (self, i);
  return TRUE;
}

gboolean
dlm_dot_conv_probe (DlmDotTopic *self,
                    double       x,
                    double       y,
                    DlmProbe    *probe)
{
  double i;

  if (self->signal_axes.valid && dlm_geometry_contains (&self->signal_axes, x, y))
    return probe_signal (self, x, probe);
  if (!self->output_axes.valid || !dlm_geometry_contains (&self->output_axes, x, y))
    return FALSE;
  i = round (dlm_geometry_px_to_x (&self->output_axes, x));
  return i >= 0 && probe_output (self, (guint) i, probe);
}

gboolean
dlm_dot_conv_get_point (DlmDotTopic *self,
                        guint        index,
                        DlmProbe    *point)
{
  return probe_output (self, index, point);
}
