// COIN-OR CBC's C API (Debian's coinor-libcbc-dev; pkg-config cbc).
#include <coin/Cbc_C_Interface.h>
