/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-complex-private.h"
#include "dlm-format.h"
#include "dlm-parse.h"     /* g_autoptr (gsl_matrix) */

/* The spectral view: the picture, its rank-k approximation, the layers
 * that add up to it and the singular-value spectrum. */

static cairo_surface_t *
gray_surface (const gsl_matrix *m)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, m->size2, m->size1);
  int stride = cairo_image_surface_get_stride (surface);
  guint8 *data = cairo_image_surface_get_data (surface);

  for (gsize i = 0; i < m->size1; i++)
    for (gsize j = 0; j < m->size2; j++)
      {
        guint32 v = (guint32) CLAMP (round (gsl_matrix_get (m, i, j)), 0, 255);

        *(guint32 *) (data + i * stride + j * 4) = v << 16 | v << 8 | v;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The picture scaled up with sharp pixels, fitted into @box, titled;
 * returns where the picture itself went. */
static DlmRect
draw_picture (cairo_t          *cr,
              const DlmTheme   *theme,
              DlmRect           box,
              const gsl_matrix *m,
              const char       *title)
{
  double title_h, scale, w, h, x, y;
  cairo_surface_t *surface = gray_surface (m);

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &title_h);
  title_h *= 1.5;
  scale = MIN (box.width / m->size2, (box.height - title_h) / m->size1);
  w = m->size2 * scale;
  h = m->size1 * scale;
  x = box.x + (box.width - w) / 2;
  y = box.y + title_h;
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, box.x + box.width / 2, box.y,
                        DLM_ANCHOR_NORTH, box.width, title);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
  return (DlmRect) { x, y, w, h };
}

static void
draw_spectrum (DlmComplexTopic *self,
               cairo_t         *cr,
               const DlmTheme  *theme,
               DlmRect          rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  const gsl_vector *s = self->svd->s;
  guint n = s->size, k = MIN ((guint) self->rank, n);
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  double lo = G_MAXDOUBLE, hi = 0;
  DlmStroke line = { &theme->muted, 0.8, FALSE };
  DlmLegendEntry legend[] = {
    { _("layers kept"), &theme->highlight, FALSE, TRUE },
    { _("layers left out"), &theme->muted, FALSE, TRUE },
  };

  for (guint i = 0; i < n; i++)
    {
      x[i] = i + 1;
      y[i] = gsl_vector_get (s, i);
      hi = MAX (hi, y[i]);
    }
  /* values below 10⁻¹⁰ of the largest are rounding noise of zeros: they
   * stay below the axis instead of stretching it */
  for (guint i = 0; i < n; i++)
    if (y[i] > hi * 1e-10)
      lo = MIN (lo, y[i]);
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, n + 1);
  dlm_axes_set_y (axes, DLM_SCALE_LOG, MIN (lo, hi) / 2, MAX (hi, 1e-300) * 2);
  dlm_axes_set_labels (axes, _("layer i"), _("singular value sᵢ (log scale)"));
  dlm_axes_set_title (axes, _("Singular-value spectrum"));
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, x, y, n, &line);
  dlm_axes_points (axes, x + k, y + k, n - k, &theme->muted, 3);
  dlm_axes_points (axes, x, y, k, &theme->highlight, 4);
  dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_NORTH_EAST);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

/* The energy kept as a filled bar under the pictures. */
static void
draw_energy_bar (cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         bar,
                 double          fraction)
{
  DlmColor track = dlm_color_with_alpha (&theme->muted, 0.25);

  cairo_save (cr);
  cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
  dlm_theme_set_color (cr, &track);
  cairo_fill (cr);
  cairo_rectangle (cr, bar.x, bar.y, bar.width * CLAMP (fraction, 0, 1), bar.height);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The height draw_spectral_facts() needs. */
static double
spectral_facts_height (cairo_t        *cr,
                       const DlmTheme *theme)
{
  double h, body;

  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "Xg", NULL, &h);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &body);
  return h * 2.6 + body;
}

static void
draw_spectral_facts (DlmComplexTopic *self,
                     cairo_t         *cr,
                     const DlmTheme  *theme,
                     DlmRect          box,
                     guint            k)
{
  double fraction = dlm_svd_energy_kept (self->svd, k), h;
  g_autofree char *energy = dlm_format_fixed (100 * fraction, 2);
  g_autofree char *err = dlm_complex_format (dlm_svd_frobenius_distance (self->image, dlm_complex_topic_approximation (self)));
  g_autofree char *line1 = g_strdup_printf (_("<b>energy kept: %s %%</b>"), energy);
  g_autofree char *line2 = g_strdup_printf (_("‖A − Aₖ‖<sub>F</sub> = %s; numbers stored: %u instead of %u"),
                                            err, k * (self->svd->rows + self->svd->cols + 1),
                                            self->svd->rows * self->svd->cols);

  /* the bar is in the colour of the layers kept; the words stay in the
   * text colour, which reads at any size */
  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_TITLE, NULL, box.x, box.y,
                        DLM_ANCHOR_NORTH_WEST, box.width, line1);
  draw_energy_bar (cr, theme, (DlmRect) { box.x, box.y + h * 1.4, box.width, h * 0.6 }, fraction);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, &theme->muted, box.x, box.y + h * 2.6,
                        DLM_ANCHOR_NORTH_WEST, box.width, line2);
}

/* Layer i (from 0), sᵢ uᵢ vᵢᵀ, as gray levels: a layer has negative
 * values too, so it is stretched from its smallest (black) to its largest
 * value (white) to show its pattern, one column times one row. */
static gsl_matrix *
layer_picture (const DlmSvd *svd,
               guint         i)
{
  gsl_matrix *m = gsl_matrix_alloc (svd->rows, svd->cols);
  double lo, hi;

  for (guint r = 0; r < svd->rows; r++)
    for (guint c = 0; c < svd->cols; c++)
      gsl_matrix_set (m, r, c, gsl_vector_get (svd->s, i) * gsl_matrix_get (svd->u, r, i) *
                               gsl_matrix_get (svd->v, c, i));
  gsl_matrix_minmax (m, &lo, &hi);
  gsl_matrix_add_constant (m, -lo);
  gsl_matrix_scale (m, hi > lo ? 255 / (hi - lo) : 0);
  return m;
}


/* The first layers the rank-k picture adds up, side by side with "+"
 * between them: what "a sum of rank-1 layers" looks like. */
static void
draw_layers (DlmComplexTopic *self,
             cairo_t         *cr,
             const DlmTheme  *theme,
             DlmRect          box,
             guint            k)
{
  guint n = MIN (k, DLM_COMPLEX_SHOWN_LAYERS);
  double note_h, plus_w, tail_w, w;
  g_autofree char *note = k > DLM_COMPLEX_SHOWN_LAYERS
    ? g_strdup_printf (_("The first %u of the %u layers added up (each stretched from black to white):"), n, k)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u layer (stretched from black to white):",
                                    "The %u layers added up (each stretched from black to white):", k), k);

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, note, NULL, &note_h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, box.x, box.y, DLM_ANCHOR_NORTH_WEST,
                        box.width, note);
  box.y += note_h * 1.4;
  box.height -= note_h * 1.4;
  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "+", &plus_w, NULL);
  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "+ …", &tail_w, NULL);
  plus_w *= 2;
  tail_w += plus_w / 4;
  /* room for DLM_COMPLEX_SHOWN_LAYERS pictures whatever k is, so they keep one size */
  w = (box.width - plus_w * (DLM_COMPLEX_SHOWN_LAYERS - 1) - tail_w) / DLM_COMPLEX_SHOWN_LAYERS;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(gsl_matrix) layer = layer_picture (self->svd, i);
      g_autofree char *title = g_strdup_printf (_("layer %u"), i + 1);
      double x = box.x + i * (w + plus_w);
      DlmRect shown = draw_picture (cr, theme, (DlmRect) { x, box.y, w, box.height }, layer, title);
      double mid = shown.y + shown.height / 2;

      if (i + 1 < n)
        dlm_text_draw (cr, theme, DLM_TEXT_TITLE, NULL, x + w + plus_w / 2, mid, DLM_ANCHOR_CENTER, "+");
      else if (k > n)
        dlm_text_draw (cr, theme, DLM_TEXT_TITLE, NULL, x + w + plus_w / 4, mid, DLM_ANCHOR_WEST, "+ …");
    }
}

void
dlm_complex_render_spectral (DlmComplexTopic *self,
                             cairo_t         *cr,
                             const DlmTheme  *theme,
                             DlmRect          area)
{
  double gap = dlm_theme_px (theme, 24);
  DlmRect left = { area.x, area.y, area.width * 0.55, area.height };
  DlmRect right = { area.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  double facts = spectral_facts_height (cr, theme);
  double free_h = left.height - facts - 2 * gap;
  double natural = ((left.width - gap) / 2) * self->image->size1 / self->image->size2 + gap * 1.5;
  double tall = MIN (free_h * 0.58, natural);
  DlmRect pictures = { left.x, left.y, left.width, tall };
  guint k = MIN ((guint) self->rank, self->svd->rank);
  g_autofree char *t_orig = g_strdup_printf (_("Original, %u × %u"), (guint) self->image->size1,
                                             (guint) self->image->size2);
  g_autofree char *t_k = g_strdup_printf (_("Rank k = %u"), k);
  double y;

  draw_picture (cr, theme, dlm_rect_column (pictures, 2, 0, gap), self->image, t_orig);
  draw_picture (cr, theme, dlm_rect_column (pictures, 2, 1, gap), dlm_complex_topic_approximation (self), t_k);
  y = pictures.y + pictures.height + gap;
  draw_spectral_facts (self, cr, theme, (DlmRect) { left.x, y, left.width, facts }, k);
  y += facts + gap;
  draw_layers (self, cr, theme, (DlmRect) { left.x, y, left.width, left.y + left.height - y }, k);
  draw_spectrum (self, cr, theme, right);
}
