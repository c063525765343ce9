/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "dlm-plot.h"

G_BEGIN_DECLS

/* A record of where a figure put its text and markers, for the layout
 * check: attach one to a cairo context before drawing, and the plot kit
 * logs every text box (in device pixels, after any transformation), the
 * panel each must stay in, and every marker with the clip it was drawn
 * under. Drawing without a log attached costs one pointer look-up. */
typedef struct _DlmLayoutLog DlmLayoutLog;

typedef enum {
  DLM_LAYOUT_TEXT,
  DLM_LAYOUT_MARKER,
  DLM_LAYOUT_PLATE,          /* the opaque box behind a boxed label */
} DlmLayoutKind;

typedef struct {
  DlmLayoutKind  kind;
  DlmRect        box;        /* device px; text: its ink, markers: the disc */
  double         quad[8];    /* text: the ink's corners (x, y) in device px, */
                             /* a rotated rectangle when the text is slanted */
  DlmRect        bounds;     /* the panel it must stay inside (device px) */
  DlmRect        clip;       /* the clip in force when drawn */
  char          *text;       /* text: as drawn, without markup; markers: NULL */
  DlmColor       color;      /* text: its colour */
  DlmColor       backdrop;   /* text: the colour most of its box had before */
  double         font_px;    /* text: its size in device pixels */
  gboolean       bold;
  /* text: its box's pixels just after it was drawn (x0, y0, w, h in
   * device pixels of the surface; NULL when they could not be read), to
   * tell whether something drawn later covers it */
  guint32       *snapshot;
  int            snap_x, snap_y, snap_w, snap_h;
} DlmLayoutItem;

DlmLayoutLog        *dlm_layout_log_new       (double         width,
                                               double         height);
void                 dlm_layout_log_free      (DlmLayoutLog  *log);
void                 dlm_layout_log_attach    (DlmLayoutLog  *log,
                                               cairo_t       *cr);
guint                dlm_layout_log_get_n_items (DlmLayoutLog *log);
const DlmLayoutItem *dlm_layout_log_get_item  (DlmLayoutLog  *log,
                                               guint          index);
GPtrArray           *dlm_layout_log_check     (DlmLayoutLog  *log);

/* For the plot kit's drawing code. */
gboolean             dlm_layout_is_logging    (cairo_t       *cr);
void                 dlm_layout_note_text     (cairo_t       *cr,
                                               double         x,
                                               double         y,
                                               double         width,
                                               double         height,
                                               const DlmColor *color,
                                               double         font_px,
                                               gboolean       bold,
                                               const char    *markup);
void                 dlm_layout_text_drawn    (cairo_t       *cr);
void                 dlm_layout_accept_overlay (cairo_t      *cr);
void                 dlm_layout_note_marker   (cairo_t       *cr,
                                               double         x,
                                               double         y,
                                               double         radius);
void                 dlm_layout_note_plate    (cairo_t       *cr,
                                               double         x,
                                               double         y,
                                               double         width,
                                               double         height);
void                 dlm_layout_push_bounds   (cairo_t       *cr,
                                               const DlmRect *bounds);
void                 dlm_layout_pop_bounds    (cairo_t       *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmLayoutLog, dlm_layout_log_free)

G_END_DECLS
