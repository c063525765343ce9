/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DLM_TYPE_WELCOME_CARD (dlm_welcome_card_get_type ())

G_DECLARE_FINAL_TYPE (DlmWelcomeCard, dlm_welcome_card, DLM, WELCOME_CARD, GtkWidget)

/* The first-run hint: the main shortcuts, until “Got it” stores
 * show-welcome = false. */
void      dlm_welcome_card_set_settings (DlmWelcomeCard *self,
                                         GSettings      *settings);
gboolean  dlm_welcome_card_get_revealed (DlmWelcomeCard *self);
void      dlm_welcome_card_dismiss      (DlmWelcomeCard *self);
/* Each shortcut's keys beside its words (wide) or below them. */
void      dlm_welcome_card_set_wide     (DlmWelcomeCard *self,
                                         gboolean        wide);

G_END_DECLS
