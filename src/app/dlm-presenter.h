/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dlm-window.h"

G_BEGIN_DECLS

#define DLM_TYPE_PRESENTER (dlm_presenter_get_type ())

G_DECLARE_FINAL_TYPE (DlmPresenter, dlm_presenter, DLM, PRESENTER, GObject)

/* The window's classroom actions: presentation mode, zoom, projector
 * colours, slides and the pointer spotlight (win.presentation,
 * win.show-controls, win.zoom-in, win.zoom-out, win.zoom-reset,
 * win.projector, win.next-slide, win.previous-slide, win.go-to-slide,
 * win.blank, win.spotlight). The window owns it. */
DlmPresenter *dlm_presenter_new             (DlmWindow       *window,
                                             GSettings       *settings,
                                             GtkWidget       *header_bar,
                                             GtkWidget       *welcome_card,
                                             GtkStack        *stack,
                                             AdwToastOverlay *toast_overlay);
gboolean      dlm_presenter_get_presenting  (DlmPresenter    *self);
gboolean      dlm_presenter_get_blank       (DlmPresenter    *self);
gboolean      dlm_presenter_next_slide      (DlmPresenter    *self);
gboolean      dlm_presenter_previous_slide  (DlmPresenter    *self);

G_END_DECLS
