# cmake -DSRC=web -DICONS=assets/icons -DAPP=dir-of-cabinet.js -DOUT=build/web -DRSVG=rsvg-convert
#       -DNODE=node -DTOOLS=scripts/lib -P assemble.cmake
file(MAKE_DIRECTORY ${OUT}/icons)

# run_tool(SCRIPT IN OUT): OUT made from IN by a Node script of scripts/lib,
# again only when IN changed. NODE_PATH finds Debian's node modules (terser).
function(run_tool script in out)
  if(NOT EXISTS ${out} OR ${in} IS_NEWER_THAN ${out} OR ${TOOLS}/${script} IS_NEWER_THAN ${out})
    execute_process(COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs ${NODE} ${TOOLS}/${script} ${in} ${out}
                    RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "${script} failed on ${in}")
    endif()
  endif()
endfunction()

run_tool(wasm-strip-names.mjs ${APP}/cabinet.wasm ${OUT}/cabinet.wasm)
run_tool(minify-js.mjs ${APP}/cabinet.js ${OUT}/cabinet.js)
# boot.js learns the size of the wasm (for its progress bar) before it is minified.
file(SIZE ${OUT}/cabinet.wasm wasm_bytes)
file(READ ${SRC}/boot.js boot)
string(REPLACE "__CABINET_WASM_BYTES__" "${wasm_bytes}" boot "${boot}")
file(WRITE ${APP}/boot.source.js.tmp "${boot}")
file(COPY_FILE ${APP}/boot.source.js.tmp ${APP}/boot.source.js ONLY_IF_DIFFERENT)
file(REMOVE ${APP}/boot.source.js.tmp)
run_tool(minify-js.mjs ${APP}/boot.source.js ${OUT}/boot.js)
file(COPY_FILE ${APP}/cabinet.data ${OUT}/cabinet.data ONLY_IF_DIFFERENT)
foreach(name index.html manifest.webmanifest)
  file(COPY_FILE ${SRC}/${name} ${OUT}/${name} ONLY_IF_DIFFERENT)
endforeach()

function(rasterize svg size out)
  if(NOT EXISTS ${out} OR ${svg} IS_NEWER_THAN ${out})
    execute_process(COMMAND ${RSVG} -w ${size} -h ${size} -o ${out} ${svg} RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "rsvg-convert failed on ${svg}")
    endif()
  endif()
endfunction()
rasterize(${ICONS}/cabinet.svg 192 ${OUT}/icons/icon-192.png)
rasterize(${ICONS}/cabinet.svg 512 ${OUT}/icons/icon-512.png)
rasterize(${ICONS}/cabinet.svg 32 ${OUT}/icons/favicon-32.png)
rasterize(${ICONS}/cabinet-maskable.svg 180 ${OUT}/icons/apple-touch-icon.png)
rasterize(${ICONS}/cabinet-maskable.svg 512 ${OUT}/icons/icon-maskable-512.png)

# The app shell: every file the page needs to start offline.
set(shell ./ index.html boot.js cabinet.js cabinet.wasm cabinet.data manifest.webmanifest
    icons/icon-192.png icons/icon-512.png icons/icon-maskable-512.png icons/favicon-32.png icons/apple-touch-icon.png)
set(digest_input "")
set(precache "")
foreach(path IN LISTS shell)
  if(NOT path STREQUAL "./")
    file(SHA256 ${OUT}/${path} sum)
    string(APPEND digest_input "${path}:${sum}\n")
  endif()
  string(APPEND precache "\"${path}\", ")
endforeach()
file(READ ${SRC}/sw.js template)
string(SHA256 build_hash "${digest_input}${template}")
string(SUBSTRING ${build_hash} 0 16 build_hash)
string(REGEX REPLACE ", $" "" precache "${precache}")
string(REPLACE "__CABINET_BUILD_HASH__" "${build_hash}" sw "${template}")
string(REPLACE "__CABINET_PRECACHE__" "[${precache}]" sw "${sw}")
# sw.js stays as written (1 KB gzip): minified it would save 300 bytes.
file(WRITE ${OUT}/sw.js.tmp "${sw}")
file(COPY_FILE ${OUT}/sw.js.tmp ${OUT}/sw.js ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}/sw.js.tmp)
file(WRITE ${OUT}/build-hash.txt "${build_hash}\n")

# Compressed copies (NAME.gz, NAME.br) in a folder beside OUT, OUT-precompressed,
# as a static deployment serves them; OUT holds only the app itself.
execute_process(COMMAND ${NODE} ${TOOLS}/precompress.mjs ${OUT} ${OUT}-precompressed
                        index.html boot.js cabinet.js cabinet.wasm cabinet.data manifest.webmanifest sw.js
                RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "precompress.mjs failed")
endif()
