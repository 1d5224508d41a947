# Locates third-party libraries for the native and the Emscripten build.
# Native: Debian's -dev packages. Emscripten: the cache built by scripts/setup.

# nlohmann_json is header-only. For wasm, give em++ a folder holding only nlohmann/,
# never all of the host's include directory.
find_path(CABINET_NLOHMANN_HOST_INCLUDE nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
set(_nlohmann_dir ${CMAKE_BINARY_DIR}/third_party_include)
file(COPY ${CABINET_NLOHMANN_HOST_INCLUDE}/nlohmann DESTINATION ${_nlohmann_dir})
add_library(cabinet_json INTERFACE)
target_include_directories(cabinet_json SYSTEM INTERFACE ${_nlohmann_dir})

if(CABINET_WASM)
  # Each library has its own prefix (a link to its cache entry, made by scripts/setup).
  foreach(lib sodium SDL2)
    string(TOLOWER ${lib} _name)
    set(_prefix ${CABINET_DEPS_DIR}/wasm-${_name})
    if(NOT EXISTS ${_prefix}/lib/lib${lib}.a)
      message(FATAL_ERROR "lib${lib}.a for wasm is missing in ${_prefix}: run scripts/setup web")
    endif()
    set(_wasm_prefix_${_name} ${_prefix})
  endforeach()
  add_library(cabinet_sodium STATIC IMPORTED GLOBAL)
  set_target_properties(cabinet_sodium PROPERTIES IMPORTED_LOCATION ${_wasm_prefix_sodium}/lib/libsodium.a
    INTERFACE_INCLUDE_DIRECTORIES ${_wasm_prefix_sodium}/include)
  add_library(cabinet_sdl2 STATIC IMPORTED GLOBAL)
  set_target_properties(cabinet_sdl2 PROPERTIES IMPORTED_LOCATION ${_wasm_prefix_sdl2}/lib/libSDL2.a
    INTERFACE_INCLUDE_DIRECTORIES "${_wasm_prefix_sdl2}/include;${_wasm_prefix_sdl2}/include/SDL2")
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  add_library(cabinet_sodium INTERFACE)
  target_link_libraries(cabinet_sodium INTERFACE PkgConfig::SODIUM)
  if(CABINET_BUILD_APP)
    find_package(SDL2 REQUIRED)
    find_package(OpenGL REQUIRED)
    add_library(cabinet_sdl2 INTERFACE)
    target_link_libraries(cabinet_sdl2 INTERFACE SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
  endif()
endif()

# qrcodegen from the Debian source package qr-code-generator (QR codes on screen).
if(CABINET_BUILD_APP)
  set(CABINET_QRCODEGEN_DIR "${CABINET_DEPS_DIR}/qrcodegen/cpp")
  if(NOT EXISTS ${CABINET_QRCODEGEN_DIR}/qrcodegen.cpp)
    message(FATAL_ERROR "qrcodegen sources not found in ${CABINET_QRCODEGEN_DIR}: run scripts/setup")
  endif()
  add_library(qrcodegen STATIC ${CABINET_QRCODEGEN_DIR}/qrcodegen.cpp)
  target_include_directories(qrcodegen SYSTEM PUBLIC ${CABINET_QRCODEGEN_DIR})
endif()

# Dear ImGui from the Debian source package: the core library (no backend) is
# enough for headless UI tests; the SDL2 + OpenGL3 backends make the app.
if(CABINET_BUILD_APP)
  if(NOT EXISTS ${CABINET_IMGUI_DIR}/imgui.cpp)
    message(FATAL_ERROR "Dear ImGui sources not found in ${CABINET_IMGUI_DIR}: run scripts/setup")
  endif()
  add_library(imgui STATIC
    ${CABINET_IMGUI_DIR}/imgui.cpp ${CABINET_IMGUI_DIR}/imgui_draw.cpp
    ${CABINET_IMGUI_DIR}/imgui_tables.cpp ${CABINET_IMGUI_DIR}/imgui_widgets.cpp
    ${CABINET_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
  target_include_directories(imgui SYSTEM PUBLIC ${CABINET_IMGUI_DIR} ${CABINET_IMGUI_DIR}/misc/cpp)
  # Our own ImGui settings (no imgui.ini on disk, no obsolete APIs).
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
  # The metrics/debugger windows and the demo are never shown to a citizen: compiled out of
  # imgui.cpp (1.86 names them so; the header's declarations stay, so this can be private).
  target_compile_definitions(imgui PRIVATE IMGUI_DISABLE_METRICS_WINDOW IMGUI_DISABLE_DEMO_WINDOWS)
  add_library(imgui_backends STATIC
    ${CABINET_IMGUI_DIR}/backends/imgui_impl_sdl.cpp ${CABINET_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_backends SYSTEM PUBLIC ${CABINET_IMGUI_DIR}/backends)
  target_link_libraries(imgui_backends PUBLIC imgui cabinet_sdl2)
  if(CABINET_SANITIZE AND NOT CABINET_WASM)
    # The backend's bundled GL loader indexes past a declared array by design.
    target_compile_options(imgui_backends PRIVATE -fno-sanitize=bounds)
  endif()
endif()

# GoogleTest from Debian's sources, compiled by the same compiler (g++ or em++).
if(CABINET_BUILD_TESTS)
  set(_gtest_src /usr/src/googletest)
  if(NOT EXISTS ${_gtest_src}/CMakeLists.txt)
    message(FATAL_ERROR "GoogleTest sources not found in ${_gtest_src}: install the 'googletest' package")
  endif()
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  set(BUILD_GMOCK ON CACHE BOOL "" FORCE)
  if(CABINET_WASM)
    set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
  endif()
  add_subdirectory(${_gtest_src} ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
endif()

# Google Benchmark: Debian's libbenchmark-dev natively; for wasm, the build of
# Debian's source package made by scripts/bench (build/deps/wasm-benchmark).
if(CABINET_BUILD_BENCH)
  if(CABINET_WASM)
    find_package(benchmark REQUIRED PATHS ${CABINET_DEPS_DIR}/wasm-benchmark NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  else()
    find_package(benchmark REQUIRED)
  endif()
endif()
