/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_FORMULA_CARD (dlm_formula_card_get_type ())

G_DECLARE_FINAL_TYPE (DlmFormulaCard, dlm_formula_card, DLM, FORMULA_CARD, GtkWidget)

GtkWidget  *dlm_formula_card_new             (void);
DlmTopic   *dlm_formula_card_get_topic       (DlmFormulaCard *self);
void        dlm_formula_card_set_topic       (DlmFormulaCard *self,
                                              DlmTopic       *topic);
double      dlm_formula_card_get_zoom        (DlmFormulaCard *self);
void        dlm_formula_card_set_zoom        (DlmFormulaCard *self,
                                              double          zoom);
const char *dlm_formula_card_get_formula     (DlmFormulaCard *self);
const char *dlm_formula_card_get_explanation (DlmFormulaCard *self);
/* How much the formula's line is scaled down to fit the card (1: not;
 * 0: not shown, as it would be smaller than legible). */
double      dlm_formula_card_get_formula_scale (DlmFormulaCard *self);

G_END_DECLS
