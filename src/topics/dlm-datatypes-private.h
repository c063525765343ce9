/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "dlm-datatypes.h"
#include "dlm-datatypes-topic.h"
#include "dlm-matrix-grid.h"

G_BEGIN_DECLS

#define N_PIXEL_PANELS 3
#define DLM_DATATYPES_MAX_ROWS 16

/* Where one matrix of pixels was drawn, for the hover read-out. */
typedef struct {
  DlmRect  cells;
  double   cell;             /* px per pixel */
  int      channel;          /* −1: luma; 0, 1, 2: R, G, B */
  gboolean valid;
} PixelPanel;

/* The part of the image a zoom level shows: the centre 1/zoom of each side. */
typedef struct {
  guint x0, y0, width, height;
} Window;

struct _DlmDatatypesTopic
{
  DlmTopic          parent_instance;

  char             *image_text;
  DlmDatatypesView  view;
  guint             zoom;
  DlmDtype          dtype;
  char             *values_text;
  DlmPyList        *values;

  DlmImage         *image;
  /* the image check_text just read, kept so it is not read twice */
  char             *pending_text;
  DlmImage         *pending;

  PixelPanel        panels[N_PIXEL_PANELS];
  /* where the last render put the four objects and the storage bars, for
   * the keyboard cursor */
  double            object_x[4], object_y[4];
  gboolean          objects_valid;
  DlmAxesGeometry   bytes_axes;
  /* the rows of the last table drawn (dtypes, kinds), for the cursor */
  double            row_x[DLM_DATATYPES_MAX_ROWS], row_y[DLM_DATATYPES_MAX_ROWS];
  guint             n_rows;
  DlmRect           table_box;
};

/* A table of text cells, drawn with the plot kit's cells: column widths
 * follow their widest text, one type size for every cell. */
typedef struct {
  guint               rows, cols;
  const char *const  *cells;         /* rows × cols markup, row-major */
  DlmCellStyleFunc    style;         /* fill and outline per cell, or NULL */
  gpointer            style_data;
  guint               header_rows;   /* drawn in bold */
  double              below;         /* lines of text the view writes under
                                      * the table, at the table's size */
} DatatypesTable;

/* Shared by the topic and its pixel views (dlm-datatypes-pixels.c). */
Window   dlm_datatypes_visible_window   (DlmDatatypesTopic  *self);
guint8   dlm_datatypes_pixel_value      (const DlmImage     *image,
                                         int                 channel,
                                         guint               x,
                                         guint               y);
double   dlm_datatypes_lines_factor     (cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         const char *const  *lines,
                                         double              width);
void     dlm_datatypes_draw_lines       (cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         double              x,
                                         double              y,
                                         DlmAnchor           anchor,
                                         double              factor,
                                         const DlmColor     *rest,
                                         const char *const  *lines);
void     dlm_datatypes_render_grayscale (DlmDatatypesTopic  *self,
                                         cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         DlmRect             area);
void     dlm_datatypes_render_channels  (DlmDatatypesTopic  *self,
                                         cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         DlmRect             area);

DlmRect  dlm_datatypes_draw_table       (DlmDatatypesTopic  *self,
                                         cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         const DatatypesTable *table,
                                         DlmRect             area,
                                         double             *factor);
void     dlm_datatypes_draw_below       (cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         DlmRect             box,
                                         double              factor,
                                         const char         *markup);

/* How a sum in float32 (@single) or float64 came out against its target,
 * in words, with the stored values (dlm-datatypes-topic.c). */
char    *dlm_datatypes_sum_sentence     (const DlmRoundedSum *r,
                                         gboolean            single,
                                         const char         *target,
                                         const char         *line_break);

/* The dtypes view (dlm-datatypes-dtypes.c): Python lists and their dtypes. */
char    *dlm_datatypes_bytes_each       (guint               bytes);
void     dlm_datatypes_render_dtypes    (DlmDatatypesTopic  *self,
                                         cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         DlmRect             area);
char    *dlm_datatypes_describe_dtypes  (DlmDatatypesTopic  *self);
char    *dlm_datatypes_formula_dtypes   (DlmDatatypesTopic  *self);
char    *dlm_datatypes_explain_dtypes   (DlmDatatypesTopic  *self);
void     dlm_datatypes_csv_dtypes       (DlmDatatypesTopic  *self,
                                         GString            *out);
void     dlm_datatypes_summary_dtypes   (DlmDatatypesTopic  *self,
                                         GString            *out);
char    *dlm_datatypes_dtypes_point     (DlmDatatypesTopic  *self,
                                         guint               row);

/* The kinds view (dlm-datatypes-kinds.c): statistical data types. */
void     dlm_datatypes_render_kinds     (DlmDatatypesTopic  *self,
                                         cairo_t            *cr,
                                         const DlmTheme     *theme,
                                         DlmRect             area);
char    *dlm_datatypes_describe_kinds   (DlmDatatypesTopic  *self);
char    *dlm_datatypes_explain_kinds    (DlmDatatypesTopic  *self);
void     dlm_datatypes_csv_kinds        (DlmDatatypesTopic  *self,
                                         GString            *out);
void     dlm_datatypes_summary_kinds    (DlmDatatypesTopic  *self,
                                         GString            *out);
char    *dlm_datatypes_kinds_point      (DlmDatatypesTopic  *self,
                                         guint               row);

/* The code card (dlm-datatypes-code.c). */
void     dlm_datatypes_write_code       (DlmTopic           *topic,
                                         GString            *out);
void     dlm_datatypes_write_plot_code  (DlmTopic           *topic,
                                         GString            *out);

G_END_DECLS
