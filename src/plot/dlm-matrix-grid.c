/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <math.h>

#include "dlm-format.h"
#include "dlm-layout.h"
#include "dlm-matrix-grid.h"

/* Fixed parts of a grid's layout, in px: everything but the cells. */
typedef struct {
  double caption_h;       /* caption and its gap */
  double col_labels_h;
  double row_labels_w;
  double shape_h;         /* shape text and its gap */
  double legend_h;        /* heat map colour bar */
  double bracket_w;       /* each side */
  gboolean heat_map;
} Frame;

static double
text_height (cairo_t        *cr,
             const DlmTheme *theme,
             DlmTextRole     role)
{
  double h;

  dlm_text_size (cr, theme, role, "0", NULL, &h);
  return h;
}

static double
row_labels_width (cairo_t             *cr,
                  const DlmTheme      *theme,
                  const DlmMatrixGrid *grid)
{
  double widest = 0;

  for (guint i = 0; grid->row_labels != NULL && i < grid->rows; i++)
    {
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, grid->row_labels[i], &w, NULL);
      widest = MAX (widest, w);
    }
  return widest > 0 ? widest + dlm_theme_px (theme, 6) : 0;
}

static Frame
measure_frame (cairo_t             *cr,
               const DlmTheme      *theme,
               const DlmMatrixGrid *grid)
{
  Frame f = { 0 };
  double gap = dlm_theme_px (theme, 6);
  double small = text_height (cr, theme, DLM_TEXT_SMALL);

  f.heat_map = dlm_matrix_grid_use_heat_map (cr, theme, grid, grid->cell_size);
  if (grid->caption != NULL)
    {
      double h;
      dlm_text_size (cr, theme, DLM_TEXT_BODY, grid->caption, NULL, &h);
      f.caption_h = h + gap;
    }
  f.col_labels_h = grid->col_labels != NULL ? small + gap / 2 : 0;
  f.row_labels_w = row_labels_width (cr, theme, grid);
  f.shape_h = grid->show_shape ? small + gap : 0;
  f.legend_h = f.heat_map && !grid->hide_legend ? small + gap : 0;
  f.bracket_w = dlm_theme_px (theme, 7);
  return f;
}

static double
max_cell (const DlmTheme      *theme,
          const DlmMatrixGrid *grid)
{
  return dlm_theme_px (theme, grid->max_cell_size > 0 ? grid->max_cell_size : 64);
}

gboolean
dlm_matrix_grid_use_heat_map (cairo_t             *cr,
                              const DlmTheme      *theme,
                              const DlmMatrixGrid *grid,
                              double               cell_size)
{
  if (grid->mode == DLM_GRID_HEAT_MAP)
    return TRUE;
  if (grid->mode == DLM_GRID_VALUES)
    return FALSE;
  if (grid->rows > DLM_GRID_MAX_VALUE_SIDE || grid->cols > DLM_GRID_MAX_VALUE_SIDE)
    return TRUE;
  /* cells too small for legible numbers (a grid sharing its cell size) */
  return cell_size > 0 && cell_size < 1.5 * theme->font_size * theme->scale;
}

static double
fit_with_frame (const DlmTheme      *theme,
                const DlmMatrixGrid *grid,
                const Frame         *f,
                DlmRect              area)
{
  double w = area.width - f->row_labels_w - 2 * f->bracket_w;
  double h = area.height - f->caption_h - f->col_labels_h - f->shape_h - f->legend_h;
  double s = MIN (w / MAX (grid->cols, 1), h / MAX (grid->rows, 1));

  return MAX (MIN (s, max_cell (theme, grid)), 1);
}

double
dlm_matrix_grid_fit_cell (cairo_t             *cr,
                          const DlmTheme      *theme,
                          const DlmMatrixGrid *grid,
                          DlmRect              area)
{
  Frame f = measure_frame (cr, theme, grid);

  return fit_with_frame (theme, grid, &f, area);
}

static DlmGridGeometry
layout_with_frame (const DlmTheme      *theme,
                   const DlmMatrixGrid *grid,
                   const Frame         *f,
                   DlmRect              area)
{
  DlmGridGeometry g = { 0 };
  double s = grid->cell_size > 0 ? grid->cell_size : fit_with_frame (theme, grid, f, area);
  double w = f->row_labels_w + 2 * f->bracket_w + grid->cols * s;
  double h = f->caption_h + f->col_labels_h + grid->rows * s + f->shape_h + f->legend_h;

  g.bounds = (DlmRect) { area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h };
  g.cells = (DlmRect) { g.bounds.x + f->row_labels_w + f->bracket_w,
                        g.bounds.y + f->caption_h + f->col_labels_h,
                        grid->cols * s, grid->rows * s };
  g.cell_size = s;
  g.rows = grid->rows;
  g.cols = grid->cols;
  g.heat_map = f->heat_map;
  g.valid = grid->rows > 0 && grid->cols > 0;
  return g;
}

DlmGridGeometry
dlm_matrix_grid_layout (cairo_t             *cr,
                        const DlmTheme      *theme,
                        const DlmMatrixGrid *grid,
                        DlmRect              area)
{
  Frame f = measure_frame (cr, theme, grid);

  return layout_with_frame (theme, grid, &f, area);
}

DlmRect
dlm_grid_geometry_cell_rect (const DlmGridGeometry *geometry,
                             guint                  row,
                             guint                  col)
{
  double s = geometry->cell_size;

  return (DlmRect) { geometry->cells.x + col * s, geometry->cells.y + row * s, s, s };
}

gboolean
dlm_grid_geometry_cell_at (const DlmGridGeometry *geometry,
                           double                 x,
                           double                 y,
                           guint                 *row,
                           guint                 *col)
{
  double c, r;

  if (!geometry->valid || geometry->cell_size <= 0)
    return FALSE;
  c = floor ((x - geometry->cells.x) / geometry->cell_size);
  r = floor ((y - geometry->cells.y) / geometry->cell_size);
  if (c < 0 || r < 0 || c >= geometry->cols || r >= geometry->rows)
    return FALSE;
  *row = (guint) r;
  *col = (guint) c;
  return TRUE;
}

static DlmColor
mix (const DlmColor *a,
     const DlmColor *b,
     double          t)
{
  return (DlmColor) { a->red + (b->red - a->red) * t, a->green + (b->green - a->green) * t,
                      a->blue + (b->blue - a->blue) * t, 1.0 };
}

DlmColor
dlm_matrix_heat_color (const DlmTheme *theme,
                       double          value,
                       double          min,
                       double          max)
{
  double t;

  if (!isfinite (value))
    return theme->error;
  if (min < 0 && max > 0)
    {
      /* diverging: zero is the background, the sign picks the hue */
      t = value < 0 ? value / min : value / max;
      return mix (&theme->background, value < 0 ? &theme->series[3] : &theme->series[0],
                  0.08 + 0.92 * CLAMP (t, 0, 1));
    }
  t = max > min ? (value - min) / (max - min) : 1.0;
  return mix (&theme->background, &theme->series[0], 0.08 + 0.92 * CLAMP (t, 0, 1));
}

/* How small a cell's number may get before it gives way to an ellipsis. */
#define MIN_CELL_TEXT 0.4

/* The type of a cell's number: body size in cells wide enough, bigger
 * numbers in big cells (up to 1.5 times the body size). */
static double
cell_text_zoom (const DlmTheme *theme,
                DlmRect         rect,
                DlmTextRole    *role)
{
  double font_px = theme->font_size * theme->scale;

  *role = rect.width >= 2.4 * font_px ? DLM_TEXT_BODY : DLM_TEXT_SMALL;
  return CLAMP (rect.width / (3.2 * font_px), 1.0, 1.5);
}

/* A cell's number in its shortest exact form, or with fewer significant digits
 * while it would not fit the cell even at half size (12345678 in a small
 * cell reads 1.2 × 10⁷ rather than running into its neighbours). */
static char *
cell_number (cairo_t             *cr,
             const DlmTheme      *theme,
             const DlmMatrixGrid *grid,
             double               value,
             DlmRect              rect)
{
  static const int fewer[] = { 3, 2, 1 };
  DlmTextRole role;
  double zoom = cell_text_zoom (theme, rect, &role);
  /* at half size or more, as the other cells' numbers; the last, shortest
   * form down to MIN_CELL_TEXT */
  double room = rect.width * 0.9 / zoom / 0.5, last_room = rect.width * 0.9 / MIN_CELL_TEXT;
  char *text = dlm_format_short (value, -1);

  for (guint k = 0; k <= G_N_ELEMENTS (fewer); k++)
    {
      double w;

      dlm_text_size (cr, theme, role, text, &w, NULL);
      if (w <= (k == G_N_ELEMENTS (fewer) ? last_room : room))
        break;
      g_free (text);
      if (k == G_N_ELEMENTS (fewer))
        /* not even one digit fits: say so rather than overprint */
        return g_strdup ("…");
      text = dlm_format_short (value, fewer[k]);
      if (fabs (value) < 1e6 && fabs (value) >= 1e-3)
        {
          /* decimals, not significant digits, below a million */
          g_free (text);
          text = dlm_format_short (round (value), 0);
        }
    }
  return text;
}

void
dlm_matrix_cell_draw (cairo_t            *cr,
                      const DlmTheme     *theme,
                      DlmRect             rect,
                      const char         *text,
                      const DlmCellStyle *style)
{
  DlmTextRole role;
  double zoom = cell_text_zoom (theme, rect, &role), text_w, text_h;
  g_autofree char *markup = NULL;
  const DlmColor *preferred = style != NULL && style->muted ? &theme->muted : &theme->foreground;
  DlmColor ink = style != NULL && style->fill != NULL
    ? dlm_theme_text_on (theme, style->fill, preferred) : *preferred;

  cairo_save (cr);
  if (style != NULL && style->fill != NULL)
    {
      dlm_theme_set_color (cr, style->fill);
      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      cairo_fill (cr);
    }
  dlm_theme_set_color (cr, &theme->grid);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  cairo_rectangle (cr, rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (text == NULL || (style != NULL && style->hidden))
    return;
  markup = style != NULL && style->bold ? g_strdup_printf ("<b>%s</b>", text) : g_strdup (text);
  /* a number no taller and no wider than its cell (small cells in large
   * type), down to MIN_CELL_TEXT of its size */
  dlm_text_size (cr, theme, role, markup, &text_w, &text_h);
  zoom = MIN (zoom, MIN (rect.height * 0.9 / text_h, rect.width * 0.9 / text_w));
  zoom = MAX (zoom, MIN_CELL_TEXT);
  cairo_save (cr);
  cairo_translate (cr, rect.x + rect.width / 2, rect.y + rect.height / 2);
  cairo_scale (cr, zoom, zoom);
  dlm_text_draw_fitted (cr, theme, role, &ink,
                        0, 0, DLM_ANCHOR_CENTER, rect.width * 0.9 / zoom, markup);
  cairo_restore (cr);
}

static void
outline_cell (cairo_t        *cr,
              const DlmTheme *theme,
              DlmRect         r,
              const DlmColor *color)
{
  double lw = theme->line_width * theme->scale * 1.25;

  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, lw);
  cairo_rectangle (cr, r.x + lw / 2, r.y + lw / 2, r.width - lw, r.height - lw);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
value_range (const DlmMatrixGrid *grid,
             double              *min,
             double              *max)
{
  gsize stride = grid->stride ? grid->stride : grid->cols;

  *min = INFINITY;
  *max = -INFINITY;
  for (guint i = 0; grid->values != NULL && i < grid->rows; i++)
    for (guint j = 0; j < grid->cols; j++)
      {
        double v = grid->values[i * stride + j];
        if (isfinite (v))
          {
            *min = MIN (*min, v);
            *max = MAX (*max, v);
          }
      }
  if (*min > *max)
    *min = *max = 0;
}

static void
cell_style (const DlmMatrixGrid *grid,
            guint                i,
            guint                j,
            DlmCellStyle        *style)
{
  *style = (DlmCellStyle) { 0 };
  if (grid->values == NULL)
    style->hidden = TRUE;
  if (grid->style != NULL)
    grid->style (i, j, style, grid->style_data);
}

static void
draw_cell_at (cairo_t               *cr,
              const DlmTheme        *theme,
              const DlmMatrixGrid   *grid,
              const DlmGridGeometry *g,
              guint                  i,
              guint                  j,
              const double           range[2])
{
  gsize stride = grid->stride ? grid->stride : grid->cols;
  DlmCellStyle style;
  DlmRect r = dlm_grid_geometry_cell_rect (g, i, j);
  g_autofree char *text = NULL;
  DlmColor heat;

  cell_style (grid, i, j, &style);
  if (g->heat_map)
    {
      if (!style.hidden && style.fill == NULL)
        {
          heat = dlm_matrix_heat_color (theme, grid->values[i * stride + j], range[0], range[1]);
          style.fill = &heat;
        }
      dlm_matrix_cell_draw (cr, theme, r, NULL, &style);
      return;
    }
  if (!style.hidden)
    text = cell_number (cr, theme, grid, grid->values[i * stride + j], r);
  dlm_matrix_cell_draw (cr, theme, r, text, &style);
}

static void
draw_outlines (cairo_t               *cr,
               const DlmTheme        *theme,
               const DlmMatrixGrid   *grid,
               const DlmGridGeometry *g)
{
  for (guint i = 0; grid->style != NULL && i < grid->rows; i++)
    for (guint j = 0; j < grid->cols; j++)
      {
        DlmCellStyle style;

        cell_style (grid, i, j, &style);
        if (style.outline != NULL)
          outline_cell (cr, theme, dlm_grid_geometry_cell_rect (g, i, j), style.outline);
      }
}

/* Square brackets on both sides of the cells, as a matrix is typeset. */
static void
draw_brackets (cairo_t               *cr,
               const DlmTheme        *theme,
               const DlmGridGeometry *g,
               double                 bracket_w)
{
  double lw = theme->line_width * theme->scale * 0.75;
  double top = g->cells.y, bottom = g->cells.y + g->cells.height;
  double left = g->cells.x - bracket_w * 0.6, right = g->cells.x + g->cells.width + bracket_w * 0.6;
  double arm = bracket_w * 0.55;

  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, lw);
  cairo_move_to (cr, left + arm, top);
  cairo_line_to (cr, left, top);
  cairo_line_to (cr, left, bottom);
  cairo_line_to (cr, left + arm, bottom);
  cairo_move_to (cr, right - arm, top);
  cairo_line_to (cr, right, top);
  cairo_line_to (cr, right, bottom);
  cairo_line_to (cr, right - arm, bottom);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_labels (cairo_t               *cr,
             const DlmTheme        *theme,
             const DlmMatrixGrid   *grid,
             const DlmGridGeometry *g,
             const Frame           *f,
             DlmRect                area)
{
  double gap = dlm_theme_px (theme, 6);
  /* the caption and the shape, centred on the cells, stay in the area */
  double cx = g->cells.x + g->cells.width / 2;
  double room = 2 * MIN (cx - area.x, area.x + area.width - cx) - 2;

  for (guint j = 0; grid->col_labels != NULL && j < grid->cols; j++)
    dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted,
                          g->cells.x + (j + 0.5) * g->cell_size, g->cells.y - gap / 2,
                          DLM_ANCHOR_SOUTH, g->cell_size, grid->col_labels[j]);
  for (guint i = 0; grid->row_labels != NULL && i < grid->rows; i++)
    dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted,
                   g->cells.x - f->bracket_w - gap, g->cells.y + (i + 0.5) * g->cell_size,
                   DLM_ANCHOR_EAST, grid->row_labels[i]);
  if (grid->caption != NULL)
    dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, cx, g->bounds.y, DLM_ANCHOR_NORTH,
                          room, grid->caption);
  if (grid->show_shape)
    {
      g_autofree char *shape = g_strdup_printf ("%u × %u", grid->rows, grid->cols);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, cx,
                            g->cells.y + g->cells.height + gap, DLM_ANCHOR_NORTH, room, shape);
    }
}

/* The heat map's key: a colour bar from the smallest to the largest value. */
static void
draw_legend (cairo_t               *cr,
             const DlmTheme        *theme,
             const DlmGridGeometry *g,
             const Frame           *f,
             const double           range[2])
{
  double gap = dlm_theme_px (theme, 6);
  double w = CLAMP (g->cells.width, dlm_theme_px (theme, 60), dlm_theme_px (theme, 180));
  double h = dlm_theme_px (theme, 8);
  double x = g->cells.x + (g->cells.width - w) / 2;
  double y = g->cells.y + g->cells.height + f->shape_h + gap;
  g_autofree char *lo = dlm_format_short (range[0], -1);
  g_autofree char *hi = dlm_format_short (range[1], -1);
  int steps = 48;

  for (int k = 0; k < steps; k++)
    {
      DlmColor c = dlm_matrix_heat_color (theme, range[0] + (range[1] - range[0]) * (k + 0.5) / steps,
                                          range[0], range[1]);
      dlm_theme_set_color (cr, &c);
      cairo_rectangle (cr, x + w * k / steps, y, w / steps + 0.5, h);
      cairo_fill (cr);
    }
  /* the labels sit beside the bar, so long numbers never run into each other */
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, x - gap, y + h / 2, DLM_ANCHOR_EAST, lo);
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, x + w + gap, y + h / 2, DLM_ANCHOR_WEST, hi);
}

DlmGridGeometry
dlm_matrix_grid_draw (cairo_t             *cr,
                      const DlmTheme      *theme,
                      const DlmMatrixGrid *grid,
                      DlmRect              area)
{
  Frame f = measure_frame (cr, theme, grid);
  DlmGridGeometry g = layout_with_frame (theme, grid, &f, area);
  double range[2];

  if (!g.valid)
    return g;
  value_range (grid, &range[0], &range[1]);
  /* the grid's text stays in the area it was given (the layout check) */
  dlm_layout_push_bounds (cr, &area);
  for (guint i = 0; i < grid->rows; i++)
    for (guint j = 0; j < grid->cols; j++)
      draw_cell_at (cr, theme, grid, &g, i, j, range);
  draw_outlines (cr, theme, grid, &g);
  draw_brackets (cr, theme, &g, f.bracket_w);
  draw_labels (cr, theme, grid, &g, &f, area);
  if (g.heat_map && !grid->hide_legend && grid->values != NULL)
    draw_legend (cr, theme, &g, &f, range);
  dlm_layout_pop_bounds (cr);
  return g;
}
