/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "dlm-theme.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} DlmRect;

typedef enum {
  DLM_SCALE_LINEAR,
  DLM_SCALE_LOG,
} DlmScaleKind;

typedef struct {
  DlmScaleKind kind;
  double       min, max;
  double       base;         /* log scales: 10, 2 or e */
} DlmScale;

/* The mapping from data to pixels of one drawn axes. It is a plain value so a
 * model can keep the geometry of its last frame and answer pointer queries. */
typedef struct {
  DlmRect  plot;             /* the data area, in the figure's pixels */
  DlmScale x, y;
  gboolean valid;
} DlmAxesGeometry;

typedef enum {
  DLM_ANCHOR_CENTER,
  DLM_ANCHOR_NORTH,
  DLM_ANCHOR_SOUTH,
  DLM_ANCHOR_EAST,
  DLM_ANCHOR_WEST,
  DLM_ANCHOR_NORTH_WEST,
  DLM_ANCHOR_NORTH_EAST,
  DLM_ANCHOR_SOUTH_WEST,
  DLM_ANCHOR_SOUTH_EAST,
  DLM_ANCHOR_BEST,           /* legends: the corner with the least data under it */
} DlmAnchor;

typedef enum {
  DLM_TEXT_BODY,
  DLM_TEXT_SMALL,
  DLM_TEXT_TITLE,
  DLM_TEXT_HEADLINE,
} DlmTextRole;

typedef struct {
  const DlmColor *color;
  double          width;     /* multiple of the theme's line width; 0 = 1 */
  gboolean        dashed;
} DlmStroke;

typedef struct {
  const char     *label;
  const DlmColor *color;
  gboolean        dashed;
  gboolean        box;       /* a filled square instead of a line */
} DlmLegendEntry;

/* value_digits for dlm_axes_bars(): no labels, or the shortest exact form. */
#define DLM_DIGITS_NONE    (-1)
#define DLM_DIGITS_COMPACT (-2)

typedef struct _DlmAxes DlmAxes;
typedef double (*DlmPlotFunc) (double x, gpointer data);

/* Ticks */
guint     dlm_ticks_linear        (double            min,
                                   double            max,
                                   guint             max_ticks,
                                   double           *ticks,
                                   double           *step);
guint     dlm_ticks_log           (double            min,
                                   double            max,
                                   double            base,
                                   guint             max_ticks,
                                   double           *ticks);
char     *dlm_tick_label          (double            value,
                                   double            step);

/* Scales and geometry */
double    dlm_scale_to_unit       (const DlmScale   *scale,
                                   double            value);
double    dlm_scale_from_unit     (const DlmScale   *scale,
                                   double            unit);
double    dlm_geometry_x_to_px    (const DlmAxesGeometry *geometry,
                                   double            x);
double    dlm_geometry_y_to_px    (const DlmAxesGeometry *geometry,
                                   double            y);
double    dlm_geometry_px_to_x    (const DlmAxesGeometry *geometry,
                                   double            px);
gboolean  dlm_geometry_contains   (const DlmAxesGeometry *geometry,
                                   double            px,
                                   double            py);

/* Figure: paints the background and title, lays out panels. */
DlmRect   dlm_figure_begin        (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   double            width,
                                   double            height,
                                   const char       *title);
DlmRect   dlm_figure_begin_noticed (cairo_t         *cr,
                                   const DlmTheme   *theme,
                                   double            width,
                                   double            height,
                                   const char       *title,
                                   const char       *notice);
void      dlm_figure_notice       (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   double            width,
                                   const char       *markup);
DlmRect   dlm_rect_column         (DlmRect           rect,
                                   guint             n_columns,
                                   guint             index,
                                   double            gap);
DlmRect   dlm_rect_row            (DlmRect           rect,
                                   guint             n_rows,
                                   guint             index,
                                   double            gap);
double    dlm_theme_px            (const DlmTheme   *theme,
                                   double            px);
/* A count from layout arithmetic: @x (already floored or ceiled) as a
 * guint, 0 when it is negative or NaN, @most when it is larger. Layout
 * code converts through it, so a figure too small for what it holds
 * never converts a negative or huge double to an unsigned integer. */
guint     dlm_layout_count        (double            x,
                                   guint             most);

/* Text (Pango markup) */
void      dlm_text_prepare        (void);
void      dlm_text_draw           (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   const DlmColor   *color,
                                   double            x,
                                   double            y,
                                   DlmAnchor         anchor,
                                   const char       *markup);
void      dlm_text_draw_fitted    (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   const DlmColor   *color,
                                   double            x,
                                   double            y,
                                   DlmAnchor         anchor,
                                   double            max_width,
                                   const char       *markup);
double    dlm_text_wrapped_height (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   const char       *markup,
                                   double            width);
double    dlm_text_draw_wrapped   (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   const DlmColor   *color,
                                   double            x,
                                   double            y,
                                   double            width,
                                   const char       *markup);
void      dlm_text_size           (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   const char       *markup,
                                   double           *width,
                                   double           *height);
void      dlm_text_draw_boxed     (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   double            x,
                                   double            y,
                                   DlmAnchor         anchor,
                                   double            max_width,
                                   const char       *markup);
void      dlm_text_boxed_size     (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmTextRole       role,
                                   const char       *markup,
                                   double            max_width,
                                   double           *width,
                                   double           *height);

/* Axes */
DlmAxes  *dlm_axes_new            (cairo_t          *cr,
                                   const DlmTheme   *theme,
                                   DlmRect           outer);
void      dlm_axes_free           (DlmAxes          *axes);
void      dlm_axes_set_x          (DlmAxes          *axes,
                                   DlmScaleKind      kind,
                                   double            min,
                                   double            max);
void      dlm_axes_set_y          (DlmAxes          *axes,
                                   DlmScaleKind      kind,
                                   double            min,
                                   double            max);
void      dlm_axes_set_log_base   (DlmAxes          *axes,
                                   double            x_base,
                                   double            y_base);
void      dlm_axes_set_categories (DlmAxes          *axes,
                                   const char *const *labels,
                                   guint             n_labels);
void      dlm_axes_set_highlight_category (DlmAxes  *axes,
                                   guint             index);
void      dlm_axes_set_labels     (DlmAxes          *axes,
                                   const char       *x_label,
                                   const char       *y_label);
void      dlm_axes_set_title      (DlmAxes          *axes,
                                   const char       *title);
void      dlm_axes_set_equal      (DlmAxes          *axes,
                                   gboolean          equal);
void      dlm_axes_hide_y         (DlmAxes          *axes);
void      dlm_axes_draw_frame     (DlmAxes          *axes);
DlmAxesGeometry dlm_axes_get_geometry (DlmAxes    *axes);
void      dlm_axes_line           (DlmAxes          *axes,
                                   const double     *x,
                                   const double     *y,
                                   guint             n,
                                   const DlmStroke  *stroke);
void      dlm_axes_function       (DlmAxes          *axes,
                                   DlmPlotFunc       func,
                                   gpointer          data,
                                   const DlmStroke  *stroke);
void      dlm_axes_points         (DlmAxes          *axes,
                                   const double     *x,
                                   const double     *y,
                                   guint             n,
                                   const DlmColor   *color,
                                   double            radius);
void      dlm_axes_bars           (DlmAxes          *axes,
                                   const double     *values,
                                   guint             n,
                                   guint             slot,
                                   guint             n_slots,
                                   const DlmColor   *color,
                                   int               value_digits);
void      dlm_axes_bar_outline    (DlmAxes          *axes,
                                   guint             index,
                                   double            value,
                                   guint             slot,
                                   guint             n_slots,
                                   const DlmColor   *color);
void      dlm_axes_fill_between   (DlmAxes          *axes,
                                   const double     *x,
                                   const double     *y_low,
                                   const double     *y_high,
                                   guint             n,
                                   const DlmColor   *color);
void      dlm_axes_fill_rect      (DlmAxes          *axes,
                                   double            x0,
                                   double            x1,
                                   double            y0,
                                   double            y1,
                                   const DlmColor   *color);
void      dlm_axes_hline          (DlmAxes          *axes,
                                   double            y,
                                   const DlmStroke  *stroke);
void      dlm_axes_vline          (DlmAxes          *axes,
                                   double            x,
                                   const DlmStroke  *stroke);
void      dlm_axes_text           (DlmAxes          *axes,
                                   double            x,
                                   double            y,
                                   DlmAnchor         anchor,
                                   const DlmColor   *color,
                                   const char       *markup);
void      dlm_axes_annotate       (DlmAxes          *axes,
                                   double            x,
                                   double            y,
                                   double            dx,
                                   double            dy,
                                   const char       *markup);
void      dlm_axes_legend         (DlmAxes          *axes,
                                   const DlmLegendEntry *entries,
                                   guint             n,
                                   DlmAnchor         corner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmAxes, dlm_axes_free)

G_END_DECLS
