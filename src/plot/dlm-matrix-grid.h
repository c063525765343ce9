/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "dlm-plot.h"
#include "dlm-theme.h"

G_BEGIN_DECLS

/* A matrix drawn as a grid of cells: the values written in the cells (or,
 * for big matrices, a heat map), an optional name above ("A") and the shape
 * below ("2 × 3"), optional row and column labels, and a style per cell
 * (fill, outline, bold value, or an empty cell for a value not known yet).
 *
 * Typical use:
 *
 *   DlmMatrixGrid grid = DLM_MATRIX_GRID_INIT;
 *   grid.values = m->data; grid.rows = m->size1; grid.cols = m->size2;
 *   grid.stride = m->tda; grid.caption = "A"; grid.show_shape = TRUE;
 *   grid.style = my_style_func; grid.style_data = self;
 *   geometry = dlm_matrix_grid_draw (cr, theme, &grid, area);
 *
 * To line several grids up with one cell size (A · B = C), ask each for
 * dlm_matrix_grid_fit_cell() in its area, take the smallest and set it as
 * every grid's cell_size. The returned geometry answers pointer queries
 * (dlm_grid_geometry_cell_at) and places other drawing next to a cell
 * (dlm_grid_geometry_cell_rect). dlm_matrix_cell_draw() draws one cell
 * anywhere, for animations that move cells (a transpose flipping over). */

typedef enum {
  DLM_GRID_AUTO,       /* values while they fit (≤ DLM_GRID_MAX_VALUE_SIDE
                        * per side and wide enough cells), else heat map */
  DLM_GRID_VALUES,     /* every value written in its cell */
  DLM_GRID_HEAT_MAP,   /* colour only, with a colour bar of min and max */
} DlmGridMode;

#define DLM_GRID_MAX_VALUE_SIDE 12

typedef struct {
  const DlmColor *fill;       /* NULL: no fill (heat map: the value's colour) */
  const DlmColor *outline;    /* NULL: the thin grid line; else a thick one */
  gboolean        hidden;     /* an empty cell: the value is not known yet */
  gboolean        bold;       /* the value in bold */
  gboolean        muted;      /* the value in the muted text colour */
} DlmCellStyle;

typedef void (*DlmCellStyleFunc) (guint         row,
                                  guint         col,
                                  DlmCellStyle *style,
                                  gpointer      user_data);

typedef struct {
  const double       *values;      /* row-major; NULL: every cell empty */
  guint               rows, cols;
  gsize               stride;      /* values between rows; 0: cols */
  const char         *caption;     /* markup above the grid, or NULL */
  gboolean            show_shape;  /* "rows × cols" below the grid */
  const char *const  *row_labels;  /* rows strings (markup), or NULL */
  const char *const  *col_labels;  /* cols strings (markup), or NULL */
  DlmGridMode         mode;
  double              cell_size;   /* px; 0: the largest that fits */
  double              max_cell_size; /* px at scale 1; 0: 64 */
  int                 digits;      /* significant digits (dlm_format_short) */
  DlmCellStyleFunc    style;       /* NULL: every cell plain */
  gpointer            style_data;
  gboolean            hide_legend; /* heat map without its colour bar */
} DlmMatrixGrid;

#define DLM_MATRIX_GRID_INIT { NULL, 0, 0, 0, NULL, FALSE, NULL, NULL, \
                               DLM_GRID_AUTO, 0, 0, 4, NULL, NULL, FALSE }

/* Where a grid was drawn. */
typedef struct {
  DlmRect  cells;              /* the block of cells */
  DlmRect  bounds;             /* cells with caption, shape and labels */
  double   cell_size;
  guint    rows, cols;
  gboolean heat_map;           /* drawn as a heat map */
  gboolean valid;
} DlmGridGeometry;

/* The largest cell size (px) at which @grid, with its labels and captions,
 * fits in @area; never more than max_cell_size. */
double          dlm_matrix_grid_fit_cell   (cairo_t             *cr,
                                            const DlmTheme      *theme,
                                            const DlmMatrixGrid *grid,
                                            DlmRect              area);
/* Where dlm_matrix_grid_draw() would put @grid, without drawing. */
DlmGridGeometry dlm_matrix_grid_layout     (cairo_t             *cr,
                                            const DlmTheme      *theme,
                                            const DlmMatrixGrid *grid,
                                            DlmRect              area);
/* Draws @grid centred in @area. */
DlmGridGeometry dlm_matrix_grid_draw       (cairo_t             *cr,
                                            const DlmTheme      *theme,
                                            const DlmMatrixGrid *grid,
                                            DlmRect              area);
/* Whether the heat map mode would be chosen for @grid at @cell_size (0:
 * not known yet): always in DLM_GRID_HEAT_MAP; in DLM_GRID_AUTO beyond
 * DLM_GRID_MAX_VALUE_SIDE per side, or when the cells are too small for
 * legible numbers. */
gboolean        dlm_matrix_grid_use_heat_map (cairo_t           *cr,
                                            const DlmTheme      *theme,
                                            const DlmMatrixGrid *grid,
                                            double               cell_size);

DlmRect         dlm_grid_geometry_cell_rect (const DlmGridGeometry *geometry,
                                            guint                row,
                                            guint                col);
gboolean        dlm_grid_geometry_cell_at  (const DlmGridGeometry *geometry,
                                            double               x,
                                            double               y,
                                            guint               *row,
                                            guint               *col);

/* One cell at @rect: fill, border and @text (markup, may be NULL). */
void            dlm_matrix_cell_draw       (cairo_t             *cr,
                                            const DlmTheme      *theme,
                                            DlmRect              rect,
                                            const char          *text,
                                            const DlmCellStyle  *style);
/* The heat map colour of @value on a scale from @min to @max: diverging
 * (two hues around zero) when the range spans zero, else one hue. */
DlmColor        dlm_matrix_heat_color      (const DlmTheme      *theme,
                                            double               value,
                                            double               min,
                                            double               max);

G_END_DECLS
