/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DLM_THEME_LIGHT,
  DLM_THEME_DARK,
  DLM_THEME_PROJECTOR,
} DlmThemeKind;

typedef struct {
  double red, green, blue, alpha;
} DlmColor;

#define DLM_THEME_N_SERIES 7

/* Everything a draw function needs to know about looks. A theme is a plain
 * value: copy it, change the scale, pass a pointer. */
typedef struct {
  DlmThemeKind  kind;
  double        scale;        /* multiplies type sizes and stroke widths */
  DlmColor      background;
  DlmColor      foreground;   /* text, axis lines */
  DlmColor      muted;        /* secondary text, tick labels */
  DlmColor      grid;
  DlmColor      highlight;    /* the one thing to look at */
  DlmColor      error;        /* overflow, undefined regions */
  DlmColor      series[DLM_THEME_N_SERIES];
  double        line_width;   /* px at scale 1 */
  double        font_size;    /* px at scale 1 */
  const char   *font_family;
} DlmTheme;

void         dlm_theme_init            (DlmTheme       *theme,
                                        DlmThemeKind    kind,
                                        double          scale);
gboolean     dlm_theme_kind_from_string (const char    *name,
                                        DlmThemeKind   *kind);
const char  *dlm_theme_kind_to_string  (DlmThemeKind    kind);
void         dlm_theme_set_color       (cairo_t        *cr,
                                        const DlmColor *color);
DlmColor     dlm_color_with_alpha      (const DlmColor *color,
                                        double          alpha);
DlmColor     dlm_color_mix             (const DlmColor *color,
                                        const DlmColor *other,
                                        double          amount);
double       dlm_color_contrast        (const DlmColor *color,
                                        const DlmColor *backdrop);
DlmColor     dlm_theme_text_color      (const DlmTheme *theme,
                                        const DlmColor *color);
DlmColor     dlm_theme_text_on         (const DlmTheme *theme,
                                        const DlmColor *fill,
                                        const DlmColor *preferred);
double       dlm_theme_auto_scale      (double          width,
                                        double          height);

G_END_DECLS
