/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_CODE_CARD (dlm_code_card_get_type ())

G_DECLARE_FINAL_TYPE (DlmCodeCard, dlm_code_card, DLM, CODE_CARD, GtkWidget)

/* The code behind the figure (dlm_topic_to_code()): a collapsible card
 * with the Python script that prints the numbers the figure shows, and a
 * button that copies it. Hidden for a topic without code. */
GtkWidget  *dlm_code_card_new          (void);
DlmTopic   *dlm_code_card_get_topic    (DlmCodeCard *self);
void        dlm_code_card_set_topic    (DlmCodeCard *self,
                                        DlmTopic    *topic);
/* Binds the expanded state to the "code-card-expanded" key, so that it
 * is the same on every topic and across runs. */
void        dlm_code_card_set_settings (DlmCodeCard *self,
                                        GSettings   *settings);
gboolean    dlm_code_card_get_expanded (DlmCodeCard *self);
void        dlm_code_card_set_expanded (DlmCodeCard *self,
                                        gboolean     expanded);
double      dlm_code_card_get_zoom     (DlmCodeCard *self);
void        dlm_code_card_set_zoom     (DlmCodeCard *self,
                                        double       zoom);
/* The code on show: up to date while the card is expanded (a collapsed
 * card formats it when it opens). */
char       *dlm_code_card_get_text     (DlmCodeCard *self);

G_END_DECLS
