/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <math.h>
#include <pango/pango.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-layout.h"
#include "dlm-plot.h"

#define MAX_TICKS 12

struct _DlmAxes
{
  cairo_t         *cr;
  const DlmTheme  *theme;
  DlmRect          outer;
  DlmAxesGeometry  geometry;
  char            *x_label;
  char            *y_label;
  char            *title;
  GStrv            categories;
  guint            highlight;    /* category always labelled, or G_MAXUINT */
  gboolean         rotate_x;     /* category labels at 45° */
  double           x_drop;       /* the extra height slanted labels take */
  /* Where data and labels are, in cells of CELL_PX over the plot: legends
   * and callouts go where the least is. */
  guint8          *occupied;
  int              cols, rows;
  gboolean         equal;
  gboolean         hide_y;
};

/* ---- scales ---------------------------------------------------------- */

double
dlm_scale_to_unit (const DlmScale *scale,
                   double          value)
{
  if (scale->kind == DLM_SCALE_LOG)
    return (log (value) - log (scale->min)) / (log (scale->max) - log (scale->min));
  /* a span past DBL_MAX (−1e308 to 1e308) is measured in halves */
  if (!isfinite (scale->max - scale->min))
    return (value / 2 - scale->min / 2) / (scale->max / 2 - scale->min / 2);
  return (value - scale->min) / (scale->max - scale->min);
}

double
dlm_scale_from_unit (const DlmScale *scale,
                     double          unit)
{
  if (scale->kind == DLM_SCALE_LOG)
    return exp (log (scale->min) + unit * (log (scale->max) - log (scale->min)));
  if (!isfinite (scale->max - scale->min))
    return 2 * (scale->min / 2 + unit * (scale->max / 2 - scale->min / 2));
  return scale->min + unit * (scale->max - scale->min);
}

double
dlm_geometry_x_to_px (const DlmAxesGeometry *geometry,
                      double                 x)
{
  return geometry->plot.x + dlm_scale_to_unit (&geometry->x, x) * geometry->plot.width;
}

double
dlm_geometry_y_to_px (const DlmAxesGeometry *geometry,
                      double                 y)
{
  return geometry->plot.y + (1 - dlm_scale_to_unit (&geometry->y, y)) * geometry->plot.height;
}

double
dlm_geometry_px_to_x (const DlmAxesGeometry *geometry,
                      double                 px)
{
  return dlm_scale_from_unit (&geometry->x, (px - geometry->plot.x) / geometry->plot.width);
}

gboolean
dlm_geometry_contains (const DlmAxesGeometry *geometry,
                       double                 px,
                       double                 py)
{
  const DlmRect *r = &geometry->plot;

  return geometry->valid &&
         px >= r->x && px <= r->x + r->width &&
         py >= r->y && py <= r->y + r->height;
}

/* ---- set-up ---------------------------------------------------------- */

DlmAxes *
dlm_axes_new (cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         outer)
{
  DlmAxes *axes = g_new0 (DlmAxes, 1);

  axes->cr = cr;
  axes->theme = theme;
  axes->outer = outer;
  axes->geometry.x = (DlmScale) { DLM_SCALE_LINEAR, 0, 1, 10 };
  axes->geometry.y = (DlmScale) { DLM_SCALE_LINEAR, 0, 1, 10 };
  axes->highlight = G_MAXUINT;
  return axes;
}

void
dlm_axes_free (DlmAxes *axes)
{
  if (axes == NULL)
    return;
  g_free (axes->x_label);
  g_free (axes->y_label);
  g_free (axes->title);
  g_strfreev (axes->categories);
  g_free (axes->occupied);
  g_free (axes);
}

/* The largest coordinate an axis reaches: a range of data from −1e308 to
 * 1e308, padded by its caller, would otherwise reach ±∞, where no value
 * maps to a pixel. (Spans past DBL_MAX are measured in halves.) */
#define MAX_COORD G_MAXDOUBLE

static double
clamp_coord (double value)
{
  return isnan (value) ? 0 : CLAMP (value, -MAX_COORD, MAX_COORD);
}

/* A flat range still needs room to be drawn: half its value on each side,
 * or ±1 around a value too small to halve. */
static void
widen_flat_range (DlmScaleKind  kind,
                  double       *min,
                  double       *max)
{
  double pad = fabs (*min) * 0.5;

  if (kind == DLM_SCALE_LOG)
    {
      *max = MIN (*min * 10, G_MAXDOUBLE);
      *min = *min / 10 > 0 ? *min / 10 : *min;
      return;
    }
  if (!(*min + pad > *min))
    pad = 1.0;
  *max = clamp_coord (*min + pad);
  *min = clamp_coord (*min - pad);
}

/* Any range a caller computes is drawable: the ends are clamped to finite
 * coordinates and a flat range is widened, so huge or infinite data give
 * axes on a finite range instead of an empty figure. */
static void
set_scale (DlmScale     *scale,
           DlmScaleKind  kind,
           double        min,
           double        max)
{
  g_return_if_fail (kind != DLM_SCALE_LOG || min > 0);

  if (kind == DLM_SCALE_LOG)
    {
      min = MIN (min, G_MAXDOUBLE);
      max = isnan (max) ? min : MIN (max, G_MAXDOUBLE);
    }
  else
    {
      min = clamp_coord (min);
      max = clamp_coord (max);
    }
  /* a subnormal span has no nice ticks: draw it as the point it nearly is */
  if (!(max > min) || (kind == DLM_SCALE_LINEAR && max - min < G_MINDOUBLE))
    widen_flat_range (kind, &min, &max);
  scale->kind = kind;
  scale->min = min;
  scale->max = max;
}

void
dlm_axes_set_x (DlmAxes      *axes,
                DlmScaleKind  kind,
                double        min,
                double        max)
{
  set_scale (&axes->geometry.x, kind, min, max);
}

void
dlm_axes_set_y (DlmAxes      *axes,
                DlmScaleKind  kind,
                double        min,
                double        max)
{
  set_scale (&axes->geometry.y, kind, min, max);
}

void
dlm_axes_set_log_base (DlmAxes *axes,
                       double   x_base,
                       double   y_base)
{
  axes->geometry.x.base = x_base;
  axes->geometry.y.base = y_base;
}

void
dlm_axes_set_categories (DlmAxes           *axes,
                         const char *const *labels,
                         guint              n_labels)
{
  g_auto(GStrv) copy = g_new0 (char *, n_labels + 1);

  for (guint i = 0; i < n_labels; i++)
    copy[i] = g_strdup (labels[i]);
  g_strfreev (axes->categories);
  axes->categories = g_steal_pointer (&copy);
  set_scale (&axes->geometry.x, DLM_SCALE_LINEAR, -0.5, n_labels - 0.5);
}

/* The category to look at (the winning class): its label is shown in
 * bold however crowded the axis, and its neighbours give way to it. */
void
dlm_axes_set_highlight_category (DlmAxes *axes,
                                 guint    index)
{
  axes->highlight = index;
}

void
dlm_axes_set_labels (DlmAxes    *axes,
                     const char *x_label,
                     const char *y_label)
{
  g_free (axes->x_label);
  g_free (axes->y_label);
  axes->x_label = g_strdup (x_label);
  axes->y_label = g_strdup (y_label);
}

void
dlm_axes_set_title (DlmAxes    *axes,
                    const char *title)
{
  g_free (axes->title);
  axes->title = g_strdup (title);
}

void
dlm_axes_set_equal (DlmAxes  *axes,
                    gboolean  equal)
{
  axes->equal = equal;
}

/* For one-dimensional strips: no y ticks, labels or grid. */
void
dlm_axes_hide_y (DlmAxes *axes)
{
  axes->hide_y = TRUE;
}

DlmAxesGeometry
dlm_axes_get_geometry (DlmAxes *axes)
{
  return axes->geometry;
}

/* ---- occupancy --------------------------------------------------------- */

#define CELL_PX 6.0

static void
occupancy_init (DlmAxes *axes)
{
  const DlmRect *r = &axes->geometry.plot;

  g_clear_pointer (&axes->occupied, g_free);
  axes->cols = CLAMP ((int) ceil (r->width / CELL_PX), 1, 1000);
  axes->rows = CLAMP ((int) ceil (r->height / CELL_PX), 1, 1000);
  axes->occupied = g_new0 (guint8, axes->cols * axes->rows);
}

static void
occupy_rect (DlmAxes *axes,
             double   x0,
             double   y0,
             double   x1,
             double   y1)
{
  const DlmRect *r = &axes->geometry.plot;
  int c0, c1, r0, r1;

  if (axes->occupied == NULL || !(x1 >= x0) || !(y1 >= y0))
    return;
  c0 = (int) floor ((CLAMP (x0, r->x, r->x + r->width) - r->x) / CELL_PX);
  c1 = (int) floor ((CLAMP (x1, r->x, r->x + r->width) - r->x) / CELL_PX);
  r0 = (int) floor ((CLAMP (y0, r->y, r->y + r->height) - r->y) / CELL_PX);
  r1 = (int) floor ((CLAMP (y1, r->y, r->y + r->height) - r->y) / CELL_PX);
  for (int row = MAX (r0, 0); row <= MIN (r1, axes->rows - 1); row++)
    for (int col = MAX (c0, 0); col <= MIN (c1, axes->cols - 1); col++)
      axes->occupied[row * axes->cols + col] = 1;
}

static void
occupy_segment (DlmAxes *axes,
                double   x0,
                double   y0,
                double   x1,
                double   y1)
{
  guint steps = (guint) CLAMP (hypot (x1 - x0, y1 - y0) / (CELL_PX / 2), 1, 4000);

  for (guint i = 0; i <= steps; i++)
    {
      double x = x0 + (x1 - x0) * i / steps, y = y0 + (y1 - y0) * i / steps;
      occupy_rect (axes, x, y, x, y);
    }
}

/* Labels take room too: a callout or legend placed later avoids them. */
static void
occupy_text (DlmAxes    *axes,
             const char *markup,
             double      x,
             double      y,
             DlmAnchor   anchor)
{
  double w, h;
  gboolean west, east, north, south;

  dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, markup, &w, &h);
  west = anchor == DLM_ANCHOR_WEST || anchor == DLM_ANCHOR_NORTH_WEST || anchor == DLM_ANCHOR_SOUTH_WEST;
  east = anchor == DLM_ANCHOR_EAST || anchor == DLM_ANCHOR_NORTH_EAST || anchor == DLM_ANCHOR_SOUTH_EAST;
  north = anchor == DLM_ANCHOR_NORTH || anchor == DLM_ANCHOR_NORTH_WEST || anchor == DLM_ANCHOR_NORTH_EAST;
  south = anchor == DLM_ANCHOR_SOUTH || anchor == DLM_ANCHOR_SOUTH_WEST || anchor == DLM_ANCHOR_SOUTH_EAST;
  x -= west ? 0 : east ? w : w / 2;
  y -= north ? 0 : south ? h : h / 2;
  occupy_rect (axes, x, y, x + w, y + h);
}

/* How many cells under the box are taken. */
static guint
occupancy_under (DlmAxes *axes,
                 double   x,
                 double   y,
                 double   w,
                 double   h)
{
  const DlmRect *r = &axes->geometry.plot;
  guint n = 0;

  if (axes->occupied == NULL)
    return 0;
  for (int row = MAX ((int) floor ((y - r->y) / CELL_PX), 0);
       row < MIN ((int) ceil ((y + h - r->y) / CELL_PX), axes->rows); row++)
    for (int col = MAX ((int) floor ((x - r->x) / CELL_PX), 0);
         col < MIN ((int) ceil ((x + w - r->x) / CELL_PX), axes->cols); col++)
      n += axes->occupied[row * axes->cols + col];
  return n;
}

/* ---- ticks and frame ------------------------------------------------- */

/* A category axis labels up to this many, thinned beyond. */
#define MAX_CATEGORY_TICKS 1000

typedef struct {
  double  values[MAX_CATEGORY_TICKS];
  char   *labels[MAX_CATEGORY_TICKS];
  guint   n;
} Ticks;

/* Every decade the same way: 10⁻³ … 10⁴ (never 0.001 beside 10⁴). */
static char *
log_tick_label (double value,
                double base)
{
  long e = lround (log (value) / log (base));
  g_autofree char *exponent = dlm_format_short ((double) e, 0);

  return g_strdup_printf ("%s<sup>%s</sup>", base == M_E ? "e" : base == 2 ? "2" : "10",
                          exponent);
}

static void
compute_ticks (const DlmScale *scale,
               guint           max_ticks,
               Ticks          *ticks)
{
  double step = 1;

  if (scale->kind == DLM_SCALE_LOG)
    ticks->n = dlm_ticks_log (scale->min, scale->max, scale->base, max_ticks, ticks->values);
  else
    ticks->n = dlm_ticks_linear (scale->min, scale->max, max_ticks, ticks->values, &step);

  for (guint i = 0; i < ticks->n; i++)
    ticks->labels[i] = scale->kind == DLM_SCALE_LOG
      ? log_tick_label (ticks->values[i], scale->base)
      : dlm_tick_label (ticks->values[i], step);
}

static void
ticks_clear (Ticks *ticks)
{
  for (guint i = 0; i < ticks->n; i++)
    g_clear_pointer (&ticks->labels[i], g_free);
  ticks->n = 0;
}

/* Long names are cut with an ellipsis, never dropped. */
#define CATEGORY_MAX_CHARS 18

/* Names are markup: the cut counts the characters shown, so that an
 * entity (&amp;, or &#x15; for a control character) is one character and
 * is never cut in two, which would leave markup Pango refuses. Names with
 * tags are left whole. */
static char *
shorten_category (const char *name)
{
  g_autofree char *text = NULL;
  g_autofree char *head = NULL;
  g_autofree char *escaped = NULL;

  /* the text shown is never longer than its markup */
  if (g_utf8_strlen (name, -1) <= CATEGORY_MAX_CHARS || strchr (name, '<') != NULL ||
      !pango_parse_markup (name, -1, 0, NULL, &text, NULL, NULL) ||
      g_utf8_strlen (text, -1) <= CATEGORY_MAX_CHARS)
    return g_strdup (name);
  head = g_utf8_substring (text, 0, CATEGORY_MAX_CHARS - 1);
  escaped = g_markup_escape_text (head, -1);
  return g_strconcat (escaped, "…", NULL);
}

static char *
category_label (DlmAxes *axes,
                guint    index)
{
  g_autofree char *name = shorten_category (axes->categories[index]);

  if (index == axes->highlight)
    return g_strdup_printf ("<b>%s</b>", name);
  return g_steal_pointer (&name);
}

/* Every @every-th category, and the highlighted one with room cleared
 * around it. */
static void
category_ticks (DlmAxes *axes,
                Ticks   *ticks,
                guint    every)
{
  guint n = g_strv_length (axes->categories);
  guint h = axes->highlight;

  ticks_clear (ticks);
  for (guint i = 0; i < n && ticks->n < MAX_CATEGORY_TICKS; i++)
    {
      gboolean near_highlight = h < n && i != h && (i > h ? i - h : h - i) < every;

      if (i != h && (i % every != 0 || near_highlight))
        continue;
      ticks->values[ticks->n] = i;
      ticks->labels[ticks->n++] = category_label (axes, i);
    }
}

static double
max_label_width (DlmAxes     *axes,
                 const Ticks *ticks)
{
  double widest = 0;

  for (guint i = 0; i < ticks->n; i++)
    {
      double w;
      dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, ticks->labels[i], &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* Shrinks the plot area so that a unit is as long on x as on y (the mirror
 * line y = x then really is at 45°); the ranges stay as asked. */
static void
apply_equal_aspect (DlmAxesGeometry *g)
{
  double ux = (g->x.max - g->x.min) / g->plot.width;
  double uy = (g->y.max - g->y.min) / g->plot.height;

  if (ux < uy)
    g->plot.width = (g->x.max - g->x.min) / uy;
  else
    {
      double h = (g->y.max - g->y.min) / ux;
      g->plot.y += (g->plot.height - h) / 2;
      g->plot.height = h;
    }
}

static void
layout_plot (DlmAxes     *axes,
             const Ticks *xt,
             const Ticks *yt)
{
  const DlmTheme *t = axes->theme;
  double gap = dlm_theme_px (t, 8);
  double label_h, title_h = 0, left, bottom, right = gap * 2;

  dlm_text_size (axes->cr, t, DLM_TEXT_SMALL, "0", NULL, &label_h);
  left = max_label_width (axes, yt) + gap;
  bottom = label_h + gap;
  if (axes->y_label != NULL)
    left += label_h * 1.2 + gap;
  if (axes->x_label != NULL)
    bottom += label_h * 1.2 + gap;
  if (axes->title != NULL)
    dlm_text_size (axes->cr, t, DLM_TEXT_BODY, axes->title, NULL, &title_h);

  /* the end ticks' labels are centred on the plot's edges */
  if (axes->categories == NULL && xt->n > 0)
    {
      double first, last;

      dlm_text_size (axes->cr, t, DLM_TEXT_SMALL, xt->labels[0], &first, NULL);
      dlm_text_size (axes->cr, t, DLM_TEXT_SMALL, xt->labels[xt->n - 1], &last, NULL);
      left = MAX (left, first / 2 + 1);
      right = MAX (right, last / 2 + 1);
    }

  axes->geometry.plot.x = axes->outer.x + left;
  axes->geometry.plot.y = axes->outer.y + title_h + gap;
  axes->geometry.plot.width = MAX (axes->outer.width - left - right, 1);
  axes->geometry.plot.height = MAX (axes->outer.height - bottom - title_h - gap, 1);
}

static void
draw_grid_and_labels (DlmAxes     *axes,
                      const Ticks *xt,
                      const Ticks *yt)
{
  const DlmTheme *t = axes->theme;
  const DlmAxesGeometry *g = &axes->geometry;
  cairo_t *cr = axes->cr;
  double gap = dlm_theme_px (t, 6), label_h;

  dlm_text_size (cr, t, DLM_TEXT_SMALL, "Ag", NULL, &label_h);
  cairo_save (cr);
  cairo_set_line_width (cr, dlm_theme_px (t, 1));
  dlm_theme_set_color (cr, &t->grid);
  for (guint i = 0; i < yt->n; i++)
    {
      double y = round (dlm_geometry_y_to_px (g, yt->values[i])) + 0.5;
      cairo_move_to (cr, g->plot.x, y);
      cairo_line_to (cr, g->plot.x + g->plot.width, y);
    }
  for (guint i = 0; i < xt->n && axes->categories == NULL; i++)
    {
      double x = round (dlm_geometry_x_to_px (g, xt->values[i])) + 0.5;
      cairo_move_to (cr, x, g->plot.y);
      cairo_line_to (cr, x, g->plot.y + g->plot.height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint i = 0; i < yt->n; i++)
    dlm_text_draw (cr, t, DLM_TEXT_SMALL, &t->muted, g->plot.x - gap,
                   dlm_geometry_y_to_px (g, yt->values[i]), DLM_ANCHOR_EAST, yt->labels[i]);
  for (guint i = 0; i < xt->n; i++)
    {
      double x = dlm_geometry_x_to_px (g, xt->values[i]), y = g->plot.y + g->plot.height + gap;
      const DlmColor *color = axes->categories ? &t->foreground : &t->muted;

      if (!axes->rotate_x)
        {
          dlm_text_draw (cr, t, DLM_TEXT_SMALL, color, x, y, DLM_ANCHOR_NORTH, xt->labels[i]);
          continue;
        }
      /* ending at the tick, running down to the left, clear of the
       * lowest y tick label */
      cairo_save (cr);
      cairo_translate (cr, x, y + label_h / (2 * G_SQRT2));
      cairo_rotate (cr, -G_PI / 4);
      dlm_text_draw (cr, t, DLM_TEXT_SMALL, color, 0, 0, DLM_ANCHOR_EAST, xt->labels[i]);
      cairo_restore (cr);
    }
}

static void
draw_axis_lines (DlmAxes *axes)
{
  const DlmTheme *t = axes->theme;
  const DlmAxesGeometry *g = &axes->geometry;
  cairo_t *cr = axes->cr;

  cairo_save (cr);
  cairo_set_line_width (cr, dlm_theme_px (t, 1.2));
  dlm_theme_set_color (cr, &t->muted);
  cairo_move_to (cr, g->plot.x, g->plot.y);
  cairo_line_to (cr, g->plot.x, g->plot.y + g->plot.height);
  cairo_line_to (cr, g->plot.x + g->plot.width, g->plot.y + g->plot.height);
  cairo_stroke (cr);

  /* zero is special on a linear axis: make it stand out from the grid */
  if (g->y.kind == DLM_SCALE_LINEAR && g->y.min < 0 && g->y.max > 0)
    {
      double y = round (dlm_geometry_y_to_px (g, 0)) + 0.5;
      cairo_move_to (cr, g->plot.x, y);
      cairo_line_to (cr, g->plot.x + g->plot.width, y);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_titles (DlmAxes *axes)
{
  const DlmTheme *t = axes->theme;
  const DlmAxesGeometry *g = &axes->geometry;
  cairo_t *cr = axes->cr;

  /* over the plot's middle, moved along (not shrunk) where the axes
   * leave room beside a narrow plot; a pixel to spare each side, as ink
   * runs a little past the logical width */
  if (axes->title != NULL)
    {
      double w, room = axes->outer.width - 4, cx;

      dlm_text_size (cr, t, DLM_TEXT_BODY, axes->title, &w, NULL);
      w = MIN (w, room);
      cx = CLAMP (g->plot.x + g->plot.width / 2, axes->outer.x + 2 + w / 2,
                  axes->outer.x + axes->outer.width - 2 - w / 2);
      dlm_text_draw_fitted (cr, t, DLM_TEXT_BODY, NULL, cx, axes->outer.y, DLM_ANCHOR_NORTH,
                            room, axes->title);
    }
  if (axes->x_label != NULL)
    {
      /* under the tick labels, wherever the plot ends (equal axes end early) */
      double label_h;

      dlm_text_size (cr, t, DLM_TEXT_SMALL, "0", NULL, &label_h);
      dlm_text_draw (cr, t, DLM_TEXT_SMALL, NULL, g->plot.x + g->plot.width / 2,
                     g->plot.y + g->plot.height + axes->x_drop + label_h + dlm_theme_px (t, 16),
                     DLM_ANCHOR_NORTH, axes->x_label);
    }
  if (axes->y_label != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, axes->outer.x, g->plot.y + g->plot.height / 2);
      cairo_rotate (cr, -G_PI / 2);
      dlm_text_draw (cr, t, DLM_TEXT_SMALL, NULL, 0, 0, DLM_ANCHOR_NORTH, axes->y_label);
      cairo_restore (cr);
    }
}

static void
x_ticks (DlmAxes *axes,
         guint    max_ticks,
         Ticks   *xt)
{
  if (axes->categories != NULL)
    category_ticks (axes, xt, 1);
  else
    compute_ticks (&axes->geometry.x, max_ticks, xt);
}

/* Fewer x ticks until their labels fit side by side with some air. */
static void
fit_x_ticks (DlmAxes *axes,
             Ticks   *xt)
{
  double room = axes->geometry.plot.width;
  double air = dlm_theme_px (axes->theme, 14);

  for (guint max = 9; max > 2; max--)
    {
      double widest = max_label_width (axes, xt);

      if (xt->n * (widest + air) <= room)
        return;
      ticks_clear (xt);
      x_ticks (axes, max - 1, xt);
    }
}

/* The first slanted name reaches (w + h/2)/√2 left of its tick: move the
 * plot right when that would leave the axes. */
static void
make_room_left (DlmAxes     *axes,
                const Ticks *xt,
                double       slot,
                double       label_h)
{
  DlmRect *plot = &axes->geometry.plot;
  double w, reach, short_by, share, d;

  if (xt->n == 0)
    return;
  dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, xt->labels[0], &w, NULL);
  reach = (w + label_h / 2) / G_SQRT2;
  short_by = reach - (plot->x + slot * (xt->values[0] + 0.5) - axes->outer.x);
  /* moving the plot's left edge by d narrows every slot too, so the
   * first tick moves by d · (1 − its share of the width) */
  share = (xt->values[0] + 0.5) * slot / plot->width;
  d = short_by / MAX (1 - share, 0.5) + 1;
  if (short_by > 0 && d < plot->width / 2)
    {
      plot->x += d;
      plot->width -= d;
    }
}

/* Fewer y ticks until their labels stand one above another with some
 * air: a short plot in large type (a slide) has room for few. */
static void
fit_y_ticks (DlmAxes *axes,
             Ticks   *yt)
{
  double label_h;

  dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, "0", NULL, &label_h);
  for (guint max = 7; max >= 2 && yt->n > 2; max--)
    {
      if ((yt->n - 1) * label_h * 1.6 <= axes->geometry.plot.height)
        return;
      ticks_clear (yt);
      compute_ticks (&axes->geometry.y, max, yt);
    }
}

/* Category names side by side when they fit; else slanted at 45°, and
 * when even slanted ones would touch, every k-th name and the
 * highlighted one. The plot gives up the height the slant needs. */
static void
fit_categories (DlmAxes *axes,
                Ticks   *xt)
{
  guint n = MAX (g_strv_length (axes->categories), 1);
  double slot = axes->geometry.plot.width / n;
  double air = dlm_theme_px (axes->theme, 10);
  double label_h, widest, drop;

  axes->rotate_x = FALSE;
  axes->x_drop = 0;
  if (max_label_width (axes, xt) + air <= slot)
    return;

  /* slanted baselines are slot / √2 apart: room for one line of text */
  dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, "Ag", NULL, &label_h);
  axes->rotate_x = TRUE;
  category_ticks (axes, xt, MAX (dlm_layout_count (ceil (label_h * G_SQRT2 * 1.1 / slot), G_MAXUINT), 1));
  widest = max_label_width (axes, xt);
  drop = MIN ((widest + label_h) / G_SQRT2 - label_h, axes->geometry.plot.height * 0.4);
  axes->x_drop = MAX (drop, 0);
  axes->geometry.plot.height -= axes->x_drop;
  make_room_left (axes, xt, slot, label_h);
}

/* Lays out the axes (margins from the real size of the tick labels), then
 * draws grid, ticks, labels and titles. Call before plotting data. */
void
dlm_axes_draw_frame (DlmAxes *axes)
{
  Ticks xt = { 0 }, yt = { 0 };

  x_ticks (axes, 9, &xt);
  if (!axes->hide_y)
    compute_ticks (&axes->geometry.y, 8, &yt);
  layout_plot (axes, &xt, &yt);

  if (axes->categories != NULL)
    fit_categories (axes, &xt);
  if (axes->equal)
    apply_equal_aspect (&axes->geometry);
  if (axes->categories == NULL)
    fit_x_ticks (axes, &xt);
  if (!axes->hide_y)
    fit_y_ticks (axes, &yt);

  axes->geometry.valid = TRUE;
  occupancy_init (axes);
  dlm_layout_push_bounds (axes->cr, &axes->outer);
  draw_grid_and_labels (axes, &xt, &yt);
  draw_axis_lines (axes);
  draw_titles (axes);
  dlm_layout_pop_bounds (axes->cr);
  ticks_clear (&xt);
  ticks_clear (&yt);
}

/* ---- data ------------------------------------------------------------ */

/* The clip is snapped to whole device pixels: cairo clips to a pixel-aligned
 * rectangle directly, but to any other with a mask that every later stroke
 * and fill must be composited through (several times slower). */
static void
clip_to_plot (DlmAxes *axes)
{
  const DlmRect *r = &axes->geometry.plot;
  double x0 = r->x, y0 = r->y, x1 = r->x + r->width, y1 = r->y + r->height;

  cairo_user_to_device (axes->cr, &x0, &y0);
  cairo_user_to_device (axes->cr, &x1, &y1);
  x0 = floor (x0);
  y0 = floor (y0);
  x1 = ceil (x1);
  y1 = ceil (y1);
  cairo_device_to_user (axes->cr, &x0, &y0);
  cairo_device_to_user (axes->cr, &x1, &y1);
  cairo_rectangle (axes->cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (axes->cr);
}

static void
set_stroke (DlmAxes         *axes,
            const DlmStroke *stroke)
{
  const DlmTheme *t = axes->theme;
  double w = dlm_theme_px (t, t->line_width) * (stroke->width > 0 ? stroke->width : 1);

  cairo_set_line_width (axes->cr, w);
  cairo_set_line_join (axes->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (axes->cr, CAIRO_LINE_CAP_ROUND);
  dlm_theme_set_color (axes->cr, stroke->color != NULL ? stroke->color : &t->foreground);
  if (stroke->dashed)
    {
      double dash[] = { 3 * w, 2.5 * w };
      cairo_set_dash (axes->cr, dash, 2, 0);
    }
}

static gboolean
point_px (DlmAxes *axes,
          double   x,
          double   y,
          double  *px,
          double  *py)
{
  const DlmAxesGeometry *g = &axes->geometry;
  double h = g->plot.height;

  if (!isfinite (x) || !isfinite (y))
    return FALSE;
  if ((g->x.kind == DLM_SCALE_LOG && x <= 0) || (g->y.kind == DLM_SCALE_LOG && y <= 0))
    return FALSE;

  *px = dlm_geometry_x_to_px (g, x);
  /* keep far-off values within cairo's fixed-point range */
  *py = CLAMP (dlm_geometry_y_to_px (g, y), g->plot.y - 4 * h, g->plot.y + 5 * h);
  return TRUE;
}

/* A polyline that breaks wherever a value is missing (NaN, ±∞, or ≤ 0 on a
 * log axis): log x for x ≤ 0 shows as a gap, never as a wrong segment. */
void
dlm_axes_line (DlmAxes         *axes,
               const double    *x,
               const double    *y,
               guint            n,
               const DlmStroke *stroke)
{
  gboolean pen_down = FALSE;

  cairo_save (axes->cr);
  clip_to_plot (axes);
  for (guint i = 0; i < n; i++)
    {
      double px, py;

      if (!point_px (axes, x[i], y[i], &px, &py))
        {
          pen_down = FALSE;
          continue;
        }
      if (pen_down)
        {
          double cx, cy;

          cairo_get_current_point (axes->cr, &cx, &cy);
          occupy_segment (axes, cx, cy, px, py);
          cairo_line_to (axes->cr, px, py);
        }
      else
        cairo_move_to (axes->cr, px, py);
      pen_down = TRUE;
    }
  set_stroke (axes, stroke);
  /* Dense polylines (running means, sampled curves) are the slowest thing
   * cairo strokes: round joins add an arc per vertex and the best
   * antialiasing costs three times the "fast" one, for a difference that
   * cannot be seen on a line this busy. */
  if (n > 64)
    cairo_set_line_join (axes->cr, CAIRO_LINE_JOIN_BEVEL);
  if (n > 200)
    cairo_set_antialias (axes->cr, CAIRO_ANTIALIAS_FAST);
  cairo_stroke (axes->cr);
  cairo_restore (axes->cr);
}

/* Samples @func once per device pixel across the plot. */
void
dlm_axes_function (DlmAxes         *axes,
                   DlmPlotFunc      func,
                   gpointer         data,
                   const DlmStroke *stroke)
{
  guint n = dlm_layout_count (ceil (axes->geometry.plot.width), 1 << 16) + 1;
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      x[i] = dlm_scale_from_unit (&axes->geometry.x, (double) i / (n - 1));
      y[i] = func (x[i], data);
    }
  dlm_axes_line (axes, x, y, n, stroke);
}

/* Within the plot area, give or take rounding at its edges. */
static gboolean
inside_plot (DlmAxes *axes,
             double   px,
             double   py)
{
  const DlmRect *r = &axes->geometry.plot;

  return px >= r->x - 0.5 && px <= r->x + r->width + 0.5 &&
         py >= r->y - 0.5 && py <= r->y + r->height + 0.5;
}

void
dlm_axes_points (DlmAxes        *axes,
                 const double   *x,
                 const double   *y,
                 guint           n,
                 const DlmColor *color,
                 double          radius)
{
  cairo_t *cr = axes->cr;
  double r = dlm_theme_px (axes->theme, radius);

  /* Markers are not clipped to the plot, or a point at the end of an
   * axis would show as half a disc; points outside the ranges are left
   * out instead. */
  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      double px, py;

      if (!point_px (axes, x[i], y[i], &px, &py) || !inside_plot (axes, px, py))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, px, py, r, 0, 2 * G_PI);
      dlm_layout_note_marker (cr, px, py, r);
      occupy_rect (axes, px - r, py - r, px + r, py + r);
    }
  dlm_theme_set_color (cr, color);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, dlm_theme_px (axes->theme, 1.5));
  dlm_theme_set_color (cr, &axes->theme->background);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
bar_extent (DlmAxes *axes,
            guint    index,
            guint    slot,
            guint    n_slots,
            double  *x0,
            double  *x1)
{
  double group = 0.8, w = group / n_slots;
  double left = index - group / 2 + slot * w;

  *x0 = dlm_geometry_x_to_px (&axes->geometry, left + w * 0.06);
  *x1 = dlm_geometry_x_to_px (&axes->geometry, left + w * 0.94);
}

static double
bar_base (DlmAxes *axes)
{
  const DlmScale *y = &axes->geometry.y;

  if (y->kind == DLM_SCALE_LOG)
    return y->min;
  return CLAMP (0.0, y->min, y->max);
}

static void
bar_label (DlmAxes        *axes,
           double          value,
           double          x,
           double          top,
           int             digits,
           const DlmColor *bar)
{
  g_autofree char *text = dlm_format_short (value, digits == DLM_DIGITS_COMPACT ? -1 : digits);
  const DlmAxesGeometry *g = &axes->geometry;
  double gap = dlm_theme_px (axes->theme, 4), h;
  gboolean up = value >= bar_base (axes);
  double y = CLAMP (top, g->plot.y, g->plot.y + g->plot.height);
  DlmAnchor anchor = up ? DLM_ANCHOR_SOUTH : DLM_ANCHOR_NORTH;
  DlmColor ink = axes->theme->foreground;

  /* no room above the bar (a short panel in large type): inside its top,
   * in the colour that reads on the bar */
  dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, text, NULL, &h);
  if (up && y - gap - h < axes->outer.y)
    {
      anchor = DLM_ANCHOR_NORTH;
      y += 2 * gap;
      ink = dlm_theme_text_on (axes->theme, bar, NULL);
    }
  else
    y += up ? -gap : gap;
  dlm_text_draw (axes->cr, axes->theme, DLM_TEXT_SMALL, &ink, x, y, anchor, text);
  occupy_text (axes, text, x, y, anchor);
}

/* Bars at category positions; with n_slots > 1, bars of several series sit
 * side by side in each category. value_digits: decimals of the value
 * labels, DLM_DIGITS_COMPACT or DLM_DIGITS_NONE. */
void
dlm_axes_bars (DlmAxes        *axes,
               const double   *values,
               guint           n,
               guint           slot,
               guint           n_slots,
               const DlmColor *color,
               int             value_digits)
{
  cairo_t *cr = axes->cr;
  double base = dlm_geometry_y_to_px (&axes->geometry, bar_base (axes));
  gboolean label = value_digits != DLM_DIGITS_NONE && n <= 40;

  cairo_save (cr);
  clip_to_plot (axes);
  dlm_theme_set_color (cr, color);
  for (guint i = 0; i < n; i++)
    {
      double x0, x1, px, top;

      bar_extent (axes, i, slot, n_slots, &x0, &x1);
      if (!point_px (axes, i, values[i], &px, &top))
        continue;
      cairo_rectangle (cr, x0, MIN (top, base), x1 - x0, fabs (base - top));
      occupy_rect (axes, x0, MIN (top, base), x1, MAX (top, base));
    }
  cairo_fill (cr);
  cairo_restore (cr);

  dlm_layout_push_bounds (cr, &axes->outer);
  for (guint i = 0; i < n && label; i++)
    {
      double x0, x1, px, top;

      bar_extent (axes, i, slot, n_slots, &x0, &x1);
      if (point_px (axes, i, values[i], &px, &top))
        bar_label (axes, values[i], (x0 + x1) / 2, top, value_digits, color);
    }
  dlm_layout_pop_bounds (cr);
}

/* A thick outline around one bar: the way a highlighted bar is marked
 * without relying on colour alone. */
void
dlm_axes_bar_outline (DlmAxes        *axes,
                      guint           index,
                      double          value,
                      guint           slot,
                      guint           n_slots,
                      const DlmColor *color)
{
  cairo_t *cr = axes->cr;
  double base = dlm_geometry_y_to_px (&axes->geometry, bar_base (axes));
  double x0, x1, px, top, lw = dlm_theme_px (axes->theme, 3);

  bar_extent (axes, index, slot, n_slots, &x0, &x1);
  if (!point_px (axes, index, value, &px, &top))
    return;
  /* not clipped: a bar that reaches the top of the axis keeps its whole
   * outline; one beyond the range stops at the plot's edge */
  top = CLAMP (top, axes->geometry.plot.y, axes->geometry.plot.y + axes->geometry.plot.height);
  cairo_save (cr);
  cairo_rectangle (cr, x0 - lw / 2, MIN (top, base) - lw / 2, x1 - x0 + lw, fabs (base - top) + lw);
  cairo_set_line_width (cr, lw);
  dlm_theme_set_color (cr, color);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A filled band or bar (a histogram's) takes the cells between its
 * edges, sampled every cell across. */
static void
occupy_band (DlmAxes      *axes,
             const double *x,
             const double *y_low,
             const double *y_high,
             guint         n)
{
  for (guint i = 0; i + 1 < n; i++)
    {
      double x0, x1, lo0, lo1, hi0, hi1;
      guint steps;

      if (!point_px (axes, x[i], y_low[i], &x0, &lo0) || !point_px (axes, x[i], y_high[i], &x0, &hi0) ||
          !point_px (axes, x[i + 1], y_low[i + 1], &x1, &lo1) ||
          !point_px (axes, x[i + 1], y_high[i + 1], &x1, &hi1))
        continue;
      steps = (guint) CLAMP (fabs (x1 - x0) / CELL_PX, 1, 2000);
      for (guint k = 0; k <= steps; k++)
        {
          double t = (double) k / steps;
          double px = x0 + (x1 - x0) * t, a = lo0 + (lo1 - lo0) * t, b = hi0 + (hi1 - hi0) * t;

          occupy_rect (axes, px, MIN (a, b), px, MAX (a, b));
        }
    }
}

void
dlm_axes_fill_between (DlmAxes        *axes,
                       const double   *x,
                       const double   *y_low,
                       const double   *y_high,
                       guint           n,
                       const DlmColor *color)
{
  double px, py;

  cairo_save (axes->cr);
  clip_to_plot (axes);
  for (guint i = 0; i < n; i++)
    if (point_px (axes, x[i], y_high[i], &px, &py))
      cairo_line_to (axes->cr, px, py);
  for (guint i = n; i-- > 0;)
    if (point_px (axes, x[i], y_low[i], &px, &py))
      cairo_line_to (axes->cr, px, py);
  cairo_close_path (axes->cr);
  dlm_theme_set_color (axes->cr, color);
  cairo_fill (axes->cr);
  cairo_restore (axes->cr);
  occupy_band (axes, x, y_low, y_high, n);
}

void
dlm_axes_fill_rect (DlmAxes        *axes,
                    double          x0,
                    double          x1,
                    double          y0,
                    double          y1,
                    const DlmColor *color)
{
  double xs[] = { x0, x1 }, lo[] = { y0, y0 }, hi[] = { y1, y1 };

  dlm_axes_fill_between (axes, xs, lo, hi, 2, color);
}

void
dlm_axes_hline (DlmAxes         *axes,
                double           y,
                const DlmStroke *stroke)
{
  double xs[] = { axes->geometry.x.min, axes->geometry.x.max }, ys[] = { y, y };

  dlm_axes_line (axes, xs, ys, 2, stroke);
}

void
dlm_axes_vline (DlmAxes         *axes,
                double           x,
                const DlmStroke *stroke)
{
  double xs[] = { x, x }, ys[] = { axes->geometry.y.min, axes->geometry.y.max };

  dlm_axes_line (axes, xs, ys, 2, stroke);
}

void
dlm_axes_text (DlmAxes        *axes,
               double          x,
               double          y,
               DlmAnchor       anchor,
               const DlmColor *color,
               const char     *markup)
{
  double px, py;

  if (!point_px (axes, x, y, &px, &py))
    return;
  dlm_layout_push_bounds (axes->cr, &axes->outer);
  dlm_text_draw (axes->cr, axes->theme, DLM_TEXT_SMALL, color, px, py, anchor, markup);
  dlm_layout_pop_bounds (axes->cr);
  occupy_text (axes, markup, px, py, anchor);
}

/* Where a callout's centre goes: (dx, dy) from the point it describes, or
 * that offset mirrored, whichever puts the label over the least data (the
 * caller's choice wins ties); always wholly inside the plot. */
static void
place_callout (DlmAxes    *axes,
               const char *markup,
               double      px,
               double      py,
               double      dx,
               double      dy,
               double     *lx,
               double     *ly)
{
  const DlmRect *r = &axes->geometry.plot;
  const double flips[][2] = { { 1, 1 }, { -1, 1 }, { 1, -1 }, { -1, -1 } };
  double w, h, pad = dlm_theme_px (axes->theme, 8);
  guint best_n = G_MAXUINT;

  dlm_text_size (axes->cr, axes->theme, DLM_TEXT_SMALL, markup, &w, &h);
  w = w / 2 + pad;
  h = h / 2 + pad;
  *lx = px + dx;
  *ly = py + dy;
  for (guint i = 0; i < G_N_ELEMENTS (flips); i++)
    {
      double x = px + dx * flips[i][0], y = py + dy * flips[i][1];
      guint n;

      x = r->width > 2 * w ? CLAMP (x, r->x + w, r->x + r->width - w) : r->x + r->width / 2;
      y = r->height > 2 * h ? CLAMP (y, r->y + h, r->y + r->height - h) : r->y + r->height / 2;
      /* the box must not sit on the point itself */
      n = occupancy_under (axes, x - w, y - h, 2 * w, 2 * h) +
          (fabs (x - px) < w && fabs (y - py) < h ? 1000 : 0);
      if (n < best_n)
        {
          *lx = x;
          *ly = y;
          best_n = n;
        }
    }
  occupy_rect (axes, *lx - w, *ly - h, *lx + w, *ly + h);
}

/* A boxed label (dx, dy) px away from a data point, with an arrow to it. */
void
dlm_axes_annotate (DlmAxes    *axes,
                   double      x,
                   double      y,
                   double      dx,
                   double      dy,
                   const char *markup)
{
  const DlmTheme *t = axes->theme;
  cairo_t *cr = axes->cr;
  double px, py, lx, ly, len, ux, uy, head = dlm_theme_px (t, 9);

  if (!point_px (axes, x, y, &px, &py))
    return;
  place_callout (axes, markup, px, py, dlm_theme_px (t, dx), dlm_theme_px (t, dy), &lx, &ly);
  len = hypot (lx - px, ly - py);
  ux = (lx - px) / MAX (len, 1e-9);
  uy = (ly - py) / MAX (len, 1e-9);

  cairo_save (cr);
  dlm_theme_set_color (cr, &t->foreground);
  cairo_set_line_width (cr, dlm_theme_px (t, 1.5));
  cairo_move_to (cr, lx, ly);
  cairo_line_to (cr, px + ux * head * 0.8, py + uy * head * 0.8);
  cairo_stroke (cr);
  cairo_move_to (cr, px + ux * 2, py + uy * 2);
  cairo_line_to (cr, px + ux * head - uy * head * 0.45, py + uy * head + ux * head * 0.45);
  cairo_line_to (cr, px + ux * head + uy * head * 0.45, py + uy * head - ux * head * 0.45);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);

  dlm_layout_push_bounds (cr, &axes->outer);
  dlm_text_draw_boxed (cr, t, DLM_TEXT_SMALL, lx, ly, DLM_ANCHOR_CENTER,
                       axes->geometry.plot.width, markup);
  dlm_layout_pop_bounds (cr);
}

static void
legend_swatch (DlmAxes              *axes,
               const DlmLegendEntry *entry,
               double                x,
               double                y,
               double                w)
{
  cairo_t *cr = axes->cr;
  DlmStroke stroke = { entry->color, 1, entry->dashed };

  cairo_save (cr);
  if (entry->box)
    {
      double s = w * 0.45;
      dlm_theme_set_color (cr, entry->color);
      cairo_rectangle (cr, x + (w - s) / 2, y - s / 2, s, s);
      cairo_fill (cr);
    }
  else
    {
      set_stroke (axes, &stroke);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + w, y);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The plot's corner where a w × h box covers the least data drawn so far;
 * ties go to the usual places, top right first. */
static DlmAnchor
freest_corner (DlmAxes *axes,
               double   w,
               double   h)
{
  static const DlmAnchor corners[] = {
    DLM_ANCHOR_NORTH_EAST, DLM_ANCHOR_NORTH_WEST, DLM_ANCHOR_SOUTH_EAST, DLM_ANCHOR_SOUTH_WEST,
  };
  const DlmRect *r = &axes->geometry.plot;
  DlmAnchor best = corners[0];
  guint best_n = G_MAXUINT;

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      gboolean west = corners[i] == DLM_ANCHOR_NORTH_WEST || corners[i] == DLM_ANCHOR_SOUTH_WEST;
      gboolean south = corners[i] == DLM_ANCHOR_SOUTH_WEST || corners[i] == DLM_ANCHOR_SOUTH_EAST;
      guint n = occupancy_under (axes, west ? r->x : r->x + r->width - w,
                                 south ? r->y + r->height - h : r->y, w, h);

      if (n < best_n)
        {
          best = corners[i];
          best_n = n;
        }
    }
  return best;
}

void
dlm_axes_legend (DlmAxes              *axes,
                 const DlmLegendEntry *entries,
                 guint                 n,
                 DlmAnchor             corner)
{
  const DlmTheme *t = axes->theme;
  const DlmRect *r = &axes->geometry.plot;
  double pad = dlm_theme_px (t, 10), swatch = dlm_theme_px (t, 28);
  double row_h = 0, text_w = 0, w, h, x, y;

  for (guint i = 0; i < n; i++)
    {
      double tw, th;
      dlm_text_size (axes->cr, t, DLM_TEXT_SMALL, entries[i].label, &tw, &th);
      text_w = MAX (text_w, tw);
      row_h = MAX (row_h, th);
    }
  w = pad * 3 + swatch + text_w;
  h = pad * 2 + row_h * n;
  if (corner == DLM_ANCHOR_BEST)
    corner = freest_corner (axes, w + pad, h + pad);
  x = (corner == DLM_ANCHOR_NORTH_WEST || corner == DLM_ANCHOR_SOUTH_WEST)
    ? r->x + pad : r->x + r->width - w - pad;
  y = (corner == DLM_ANCHOR_SOUTH_WEST || corner == DLM_ANCHOR_SOUTH_EAST)
    ? r->y + r->height - h - pad : r->y + pad;
  occupy_rect (axes, x, y, x + w, y + h);

  dlm_layout_note_plate (axes->cr, x, y, w, h);
  cairo_save (axes->cr);
  cairo_rectangle (axes->cr, x, y, w, h);
  {
    DlmColor plate = dlm_color_with_alpha (&t->background, 0.9);
    dlm_theme_set_color (axes->cr, &plate);
  }
  cairo_fill_preserve (axes->cr);
  dlm_theme_set_color (axes->cr, &t->grid);
  cairo_set_line_width (axes->cr, dlm_theme_px (t, 1));
  cairo_stroke (axes->cr);
  cairo_restore (axes->cr);

  dlm_layout_push_bounds (axes->cr, &axes->outer);
  for (guint i = 0; i < n; i++)
    {
      double cy = y + pad + row_h * (i + 0.5);
      legend_swatch (axes, &entries[i], x + pad, cy, swatch);
      dlm_text_draw (axes->cr, t, DLM_TEXT_SMALL, NULL, x + pad * 2 + swatch, cy,
                     DLM_ANCHOR_WEST, entries[i].label);
    }
  dlm_layout_pop_bounds (axes->cr);
}
