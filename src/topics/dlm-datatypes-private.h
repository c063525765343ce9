/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "dlm-datatypes.h"
#include "dlm-datatypes-topic.h"

G_BEGIN_DECLS

#define N_PIXEL_PANELS 3

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
};

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

G_END_DECLS
