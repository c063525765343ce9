/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_ENTROPY_PANEL (dlm_entropy_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmEntropyPanel, dlm_entropy_panel, DLM, ENTROPY_PANEL, DlmTopicPanel)

G_END_DECLS
