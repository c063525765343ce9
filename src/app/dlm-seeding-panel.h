/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_SEEDING_PANEL (dlm_seeding_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmSeedingPanel, dlm_seeding_panel, DLM, SEEDING_PANEL, DlmTopicPanel)

G_END_DECLS
