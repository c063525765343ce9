/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dlm-theme.h"

/* Golden images: a topic's figure drawn by its pure draw function on a
 * Cairo image surface and compared with tests/golden/NAME.png, allowing for
 * anti-aliasing. DLM_WRITE_GOLDEN=1 writes the images instead (look at them
 * before committing). Fonts are pinned by the themes (DejaVu Sans). */
typedef struct {
  const char  *name;
  GType      (*type) (void);
  const char  *assignments[4];
  DlmThemeKind theme;
} DlmGolden;

#define GOLDEN_W 800
#define GOLDEN_H 450

cairo_surface_t *dlm_golden_render     (const DlmGolden *golden);
double           dlm_golden_difference (cairo_surface_t *a,
                                        cairo_surface_t *b);
void             dlm_golden_add_tests  (const char      *prefix,
                                        const DlmGolden *goldens,
                                        guint            n);
